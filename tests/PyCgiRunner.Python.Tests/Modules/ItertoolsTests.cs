using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

public class ItertoolsTests
{
    [Fact]
    public void Iterators_InfiniteSources_ComputeOnlyWhatIsAsked()
    {
        var (stdout, stderr, _) = ScriptRunner.Run(
            "import itertools as it\n" +
            "seen = []\n" +
            "def src():\n    for i in it.count():\n        seen.append(i)\n        yield i\n" +
            "m = it.imap(lambda x: x * 2, src())\n" +
            "print seen, list(it.islice(m, 3)), seen\n" +
            "c = it.count(5)\nc.next()\nprint c, it.repeat('x', 2)\n");
        Assert.Equal("", stderr);
        Assert.Equal("[] [0, 2, 4] [0, 1, 2]\ncount(6) repeat('x', 2)\n", stdout);
    }

    [Fact]
    public void GroupBy_GroupConsumedAfterAdvance_IsEmpty()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import itertools as it\ngroups = list(it.groupby('aabbc'))\nprint [(k, list(g)) for k, g in groups]\n");
        Assert.Equal("[('a', []), ('b', []), ('c', [])]\n", stdout);
    }
}
