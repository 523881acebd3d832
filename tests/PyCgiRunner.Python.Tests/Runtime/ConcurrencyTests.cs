using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>Runs share compiled code and builtin types but nothing else (DESIGN.md, "Per-request world").</summary>
public sealed class ConcurrencyTests
{
    private const string Program =
        "import sys\n" +
        "tag = sys.argv[1] if len(sys.argv) > 1 else 'none'\n" +
        "class Counter(object):\n" +
        "    def __init__(self): self.n = 0\n" +
        "    def add(self, k): self.n += k; return self.n\n" +
        "c = Counter()\n" +
        "words = []\n" +
        "for i in range(20000):\n" +
        "    c.add(i % 3)\n" +
        "    words.append('w%d' % (i % 7))\n" +
        "counts = {}\n" +
        "for w in words: counts[w] = counts.get(w, 0) + 1\n" +
        "print c.n, len(' '.join(words).split()), sorted(counts.items())[0]\n";

    [Fact]
    public void ManyRunsAtOnce_EachComputesTheSameAnswer_WithoutInterference()
    {
        var expected = Py.Out(Program);
        var outputs = new string[16];
        Parallel.For(0, outputs.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => outputs[i] = Py.Run(Program).Stdout);
        Assert.All(outputs, o => Assert.Equal(expected, o));
    }

    [Fact]
    public void ModuleState_IsPerRun()
    {
        // Each run imports its own modules: a change one run makes to a module is invisible to the next.
        Assert.Equal("True\n", Py.Out("import string\nstring.marker = 1\nprint hasattr(string, 'marker')\n"));
        Assert.Equal("False\n", Py.Out("import string\nprint hasattr(string, 'marker')\n"));
    }
}
