using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Tests.Mapping;

/// <summary>URL → script, the SCRIPT_NAME / PATH_INFO split, and refusal of paths that escape the folder.</summary>
public sealed class ScriptMapperTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pycgi-map-" + Guid.NewGuid().ToString("N"));
    private readonly ScriptMapper _mapper;

    public ScriptMapperTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cgi-bin", "sub"));
        Directory.CreateDirectory(Path.Combine(_root, "htdocs", "app"));
        File.WriteAllText(Path.Combine(_root, "cgi-bin", "hello.py"), "");
        File.WriteAllText(Path.Combine(_root, "cgi-bin", "checkbox.cgi"), "");
        File.WriteAllText(Path.Combine(_root, "cgi-bin", "sub", "deep.py"), "");
        File.WriteAllText(Path.Combine(_root, "htdocs", "app", "run.py"), "");
        File.WriteAllText(Path.Combine(_root, "htdocs", "page.html"), "");
        File.WriteAllText(Path.Combine(_root, "secret.py"), "");
        _mapper = new ScriptMapper(new CgiOptions { DocumentRoot = Path.Combine(_root, "htdocs"), ExecCgiUnderDocumentRoot = true });
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void ScriptAlias_DefaultCgiBinBesideDocumentRoot_AnyExtensionRuns()
    {
        var match = _mapper.Map("/cgi-bin/checkbox.cgi");
        Assert.Equal(ScriptMatchKind.Script, match.Kind);
        Assert.Equal(Path.Combine(_root, "cgi-bin", "checkbox.cgi"), match.Target!.ScriptPath);
    }

    [Theory]
    [InlineData("/cgi-bin/hello.py", "/cgi-bin/hello.py", "")]
    [InlineData("/cgi-bin/hello.py/extra/path", "/cgi-bin/hello.py", "/extra/path")]
    [InlineData("/cgi-bin/hello.py/", "/cgi-bin/hello.py", "/")]
    [InlineData("/cgi-bin/sub/deep.py/x", "/cgi-bin/sub/deep.py", "/x")]
    public void Script_FirstExistingFileSegment_SplitsScriptNameAndPathInfo(string path, string scriptName, string pathInfo)
    {
        var target = _mapper.Map(path).Target!;
        Assert.Equal(scriptName, target.ScriptName);
        Assert.Equal(pathInfo, target.PathInfo);
    }

    [Theory]
    [InlineData("/cgi-bin/../secret.py")]
    [InlineData("/cgi-bin/sub/../../secret.py")]
    [InlineData("/cgi-bin/..\\secret.py")]
    [InlineData("/cgi-bin/%2e%2e%2fsecret.py")]
    [InlineData("/cgi-bin/sub")]
    [InlineData("/cgi-bin/")]
    [InlineData("/cgi-bin")]
    public void Traversal_OrFolder_Forbidden(string path) => Assert.Equal(ScriptMatchKind.Forbidden, _mapper.Map(path).Kind);

    [Fact]
    public void MissingScript_InAlias_NotFound() => Assert.Equal(ScriptMatchKind.NotFound, _mapper.Map("/cgi-bin/nope.py").Kind);

    [Fact]
    public void ExecCgi_ScriptExtensionUnderDocumentRoot_Runs()
    {
        var match = _mapper.Map("/app/run.py/info");
        Assert.Equal(ScriptMatchKind.Script, match.Kind);
        Assert.Equal("/app/run.py", match.Target!.ScriptName);
        Assert.Equal("/info", match.Target.PathInfo);
    }

    [Theory]
    [InlineData("/page.html")]
    [InlineData("/missing.py")]
    [InlineData("/app/")]
    public void DocumentRoot_NonScript_PassedOn(string path) => Assert.Equal(ScriptMatchKind.NotScript, _mapper.Map(path).Kind);

    [Fact]
    public void ExecCgiOff_PyUnderDocumentRoot_PassedOn()
    {
        var mapper = new ScriptMapper(new CgiOptions { DocumentRoot = Path.Combine(_root, "htdocs") });
        Assert.Equal(ScriptMatchKind.NotScript, mapper.Map("/app/run.py").Kind);
    }
}
