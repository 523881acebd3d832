namespace PyCgiRunner.Python.Tests.Sandbox;

/// <summary>
/// Symbolic links already inside the site are resolved before the policy decides (issue 7, item 4): a link that
/// leads out of the allowed folders is refused however it is reached; links that stay inside keep working, and
/// removing a link removes the link, never what it points to.
/// </summary>
public sealed class SymlinkPolicyTests : IDisposable
{
    private readonly SandboxSite _site = new();

    public SymlinkPolicyTests()
    {
        File.WriteAllText(Path.Combine(_site.Outside, "secret.txt"), "TOP-SECRET");
        Directory.CreateSymbolicLink(Path.Combine(_site.Site, "link"), _site.Outside);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Open_ThroughLinkLeavingTheSite_IOErrorErrno13()
        => Assert.Equal("13 True\n", _site.Run(
            "try:\n    print open('link/secret.txt').read()\nexcept IOError, e:\n    print e.errno, 'sandbox policy' in e.strerror\n"));

    [Fact]
    public void ListdirAndExists_ThroughLinkLeavingTheSite_RefusedAndFalse()
        => Assert.Equal("13 False False\n", _site.Run(
            "import os\ntry:\n    os.listdir('link')\nexcept OSError, e:\n    print e.errno,\nprint os.path.exists('link/secret.txt'), os.path.isdir('link')\n"));

    [Fact]
    public void Open_LinkInDataFolderToOutside_WriteRefusedAndNothingCreated()
    {
        // A dangling link: writing through it would create the file it names, outside every root.
        File.CreateSymbolicLink(Path.Combine(_site.Data, "drop.txt"), Path.Combine(_site.Outside, "dropped.txt"));

        var output = _site.Run("try:\n    open(" + SandboxSite.Py(Path.Combine(_site.Data, "drop.txt")) + ", 'w').write('x')\nexcept IOError, e:\n    print e.errno\n");

        Assert.Equal("13\n", output);
        Assert.False(File.Exists(Path.Combine(_site.Outside, "dropped.txt")));
    }

    [Fact]
    public void Open_LinkStayingInsideTheSite_Works()
    {
        Directory.CreateDirectory(Path.Combine(_site.Site, "pages"));
        File.WriteAllText(Path.Combine(_site.Site, "pages", "a.txt"), "inside");
        Directory.CreateSymbolicLink(Path.Combine(_site.Site, "alias"), Path.Combine(_site.Site, "pages"));

        Assert.Equal("inside\n", _site.Run("print open('alias/a.txt').read()\n"));
    }

    [Fact]
    public void Unlink_LinkInDataFolder_RemovesTheLinkNotItsTarget()
    {
        var link = Path.Combine(_site.Data, "to-secret");
        File.CreateSymbolicLink(link, Path.Combine(_site.Outside, "secret.txt"));

        Assert.Equal("ok\n", _site.Run("import os\nos.unlink(" + SandboxSite.Py(link) + ")\nprint 'ok'\n"));
        Assert.False(File.Exists(link) || new FileInfo(link).LinkTarget is not null);
        Assert.True(File.Exists(Path.Combine(_site.Outside, "secret.txt")));
    }

    [Fact]
    public void Open_LinkLoop_Refused()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Site, "loop1"), Path.Combine(_site.Site, "loop2"));
        File.CreateSymbolicLink(Path.Combine(_site.Site, "loop2"), Path.Combine(_site.Site, "loop1"));

        Assert.Equal("13\n", _site.Run("try:\n    open('loop1')\nexcept IOError, e:\n    print e.errno\n"));
    }
}
