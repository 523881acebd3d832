namespace PyCgiRunner.Python.Tests.Sandbox;

/// <summary>Nothing of one run stays behind for the next (issue 7, item 8): interned strings and open files.</summary>
public sealed class RunIsolationTests : IDisposable
{
    private readonly SandboxSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Intern_SameStringInTwoRuns_EachRunGetsItsOwnObject()
    {
        // A process-wide table would hand the second run the first run's object, keeping it alive forever.
        const string script = "s = ''.join(['per-run-', 'intern'])\nprint intern(s) is s, intern(''.join(['per-run-', 'intern'])) is s\n";

        Assert.Equal("True True\n", _site.Run(script));
        Assert.Equal("True True\n", _site.Run(script));
    }

    [Fact]
    public void OpenFile_LeftOpenByTheScript_IsClosedWhenTheRunEnds()
    {
        var path = Path.Combine(_site.Data, "left-open.txt");

        Assert.Equal("", _site.Run("f = open(" + SandboxSite.Py(path) + ", 'w')\nf.write('x')\nkeep = [f]\n"));

        // .NET locks files it opens; an exclusive open succeeds only when no handle of the run is left.
        using var exclusive = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        Assert.Equal(1, exclusive.Length);
    }
}
