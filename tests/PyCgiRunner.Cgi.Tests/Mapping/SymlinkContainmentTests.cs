using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Tests.Mapping;

/// <summary>
/// Links inside the site that lead out of it are never followed (issue 7, item 4): not to run a script
/// (<c>GET /cgi-bin/link/shadow</c> is 403), not to send a static file (404); links that stay inside still work.
/// </summary>
public sealed class SymlinkContainmentTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("pycgi-links-").FullName;

    public SymlinkContainmentTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cgi-bin", "real"));
        Directory.CreateDirectory(Path.Combine(_root, "htdocs", "pages"));
        Directory.CreateDirectory(Path.Combine(_root, "outside"));
        File.WriteAllText(Path.Combine(_root, "outside", "shadow"), "print 'ran outside'\n");
        File.WriteAllText(Path.Combine(_root, "cgi-bin", "real", "ok.py"), "");
        File.WriteAllText(Path.Combine(_root, "htdocs", "pages", "page.html"), "<p>inside</p>");
        Directory.CreateSymbolicLink(Path.Combine(_root, "cgi-bin", "link"), Path.Combine(_root, "outside"));
        File.CreateSymbolicLink(Path.Combine(_root, "cgi-bin", "single.py"), Path.Combine(_root, "outside", "shadow"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "cgi-bin", "alias"), Path.Combine(_root, "cgi-bin", "real"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "htdocs", "elink"), Path.Combine(_root, "outside"));
        Directory.CreateSymbolicLink(Path.Combine(_root, "htdocs", "inner"), Path.Combine(_root, "htdocs", "pages"));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private ScriptMapper Mapper => new(new CgiOptions { DocumentRoot = Path.Combine(_root, "htdocs") });

    [Theory]
    [InlineData("/cgi-bin/link/shadow")]
    [InlineData("/cgi-bin/single.py")]
    [InlineData("/cgi-bin/link/shadow/more/path")]
    public void ScriptThroughLinkLeavingTheFolder_Forbidden(string path)
    {
        var match = Mapper.Map(path);

        Assert.Equal(ScriptMatchKind.Forbidden, match.Kind);
        Assert.Contains("symbolic link", match.Reason);
    }

    [Fact]
    public void ScriptThroughLinkInsideTheFolder_Runs() => Assert.Equal(ScriptMatchKind.Script, Mapper.Map("/cgi-bin/alias/ok.py").Kind);

    [Fact]
    public void StaticFileThroughLinkLeavingTheRoot_NotFound()
    {
        using var files = new ContainedFileProvider(Path.Combine(_root, "htdocs"));

        Assert.False(files.GetFileInfo("/elink/shadow").Exists);
        Assert.False(files.GetDirectoryContents("/elink").Exists);
        Assert.DoesNotContain(files.GetDirectoryContents("/"), f => f.Name == "elink");
    }

    [Fact]
    public void StaticFileThroughLinkInsideTheRoot_Found()
    {
        using var files = new ContainedFileProvider(Path.Combine(_root, "htdocs"));

        Assert.True(files.GetFileInfo("/inner/page.html").Exists);
        Assert.True(files.GetFileInfo("/pages/page.html").Exists);
    }

    [Fact]
    public void FileWithTrailingSlash_NotFound()
    {
        using var files = new ContainedFileProvider(Path.Combine(_root, "htdocs"));

        Assert.False(files.GetFileInfo("/pages/page.html/").Exists);
    }
}
