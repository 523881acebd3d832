using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Tests.Sandbox;

/// <summary>RealPath answers what realpath(3) does, also for paths whose last parts do not exist yet.</summary>
public sealed class RealPathTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pycgi-realpath-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Resolve_LinkInTheMiddle_FollowsIt()
    {
        Directory.CreateDirectory(Path.Combine(_root, "real", "sub"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "l"), Path.Combine(_root, "real"));

        Assert.Equal(Path.Combine(_root, "real", "sub", "new.txt"), RealPath.Resolve(Path.Combine(_root, "l", "sub", "new.txt")));
    }

    [Fact]
    public void Resolve_RelativeLinkThenDotDot_UsesTheLinksTarget()
    {
        Directory.CreateDirectory(Path.Combine(_root, "a", "b"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "up"), "a/b");

        // Like the kernel: "up/.." is the parent of a/b, not _root.
        Assert.Equal(Path.Combine(_root, "a", "x"), RealPath.Resolve(Path.Combine(_root, "up") + "/../x"));
    }

    [Fact]
    public void Resolve_ChainOfLinks_ReachesTheEnd()
    {
        File.WriteAllText(Path.Combine(_root, "target"), "");
        File.CreateSymbolicLink(Path.Combine(_root, "one"), "two");
        File.CreateSymbolicLink(Path.Combine(_root, "two"), Path.Combine(_root, "target"));

        Assert.Equal(Path.Combine(_root, "target"), RealPath.Resolve(Path.Combine(_root, "one")));
    }

    [Fact]
    public void Resolve_Loop_IsNull()
    {
        File.CreateSymbolicLink(Path.Combine(_root, "x"), "y");
        File.CreateSymbolicLink(Path.Combine(_root, "y"), "x");

        Assert.Null(RealPath.Resolve(Path.Combine(_root, "x")));
    }

    [Fact]
    public void ResolveEntry_LinkAsLastPart_KeepsTheLink()
    {
        Directory.CreateDirectory(Path.Combine(_root, "d"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "dl"), Path.Combine(_root, "d"));
        File.CreateSymbolicLink(Path.Combine(_root, "d", "f"), "/etc/passwd");

        Assert.Equal(Path.Combine(_root, "d", "f"), RealPath.ResolveEntry(Path.Combine(_root, "dl", "f")));
    }
}
