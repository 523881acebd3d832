using System.Net;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Hostile;

/// <summary>
/// Hostile-input suite, the sandbox (issue 7, items 3, 4, 5, 9, 10) against `pycgi serve` with the real engine: each
/// attack gets its documented outcome, and hello.py is served afterwards.
/// </summary>
public sealed class SandboxEscapeTests : IClassFixture<TutorialSiteFixture>
{
    private readonly TutorialSiteFixture _site;

    public SandboxEscapeTests(TutorialSiteFixture site)
    {
        _site = site;
        // Links an administrator might have left in the site, leading out of it.
        Link(Path.Combine(site.CgiBin, "link"));
        Link(Path.Combine(site.Folder, "htdocs", "elink"));
    }

    private static void Link(string path)
    {
        if (new FileInfo(path).LinkTarget is null)
            Directory.CreateSymbolicLink(path, "/etc");
    }

    [Fact]
    public async Task Sqlite_AttachAndVacuumIntoTheSite_RefusedNothingPlanted()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/cgi-bin/hostile_sqlite.py");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("refused: not authorized\nrefused: authorization denied\n", response.Text);
        Assert.False(File.Exists(Path.Combine(_site.CgiBin, "planted.py")));
        Assert.False(File.Exists(Path.Combine(_site.Folder, "htdocs", "planted.html")));
        await Hello.StillServed(_site);
    }

    [Fact]
    public async Task Symlink_OpenThroughCgiBinLinkToEtc_Refused()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/cgi-bin/hostile_symlink.py");

        Assert.Equal("refused: 13\n", response.Text);
        await Hello.StillServed(_site);
    }

    [Fact]
    public async Task Symlink_ScriptUrlThroughLinkToEtc_ForbiddenNeverRun()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/cgi-bin/link/hostname");

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        await Hello.StillServed(_site);
    }

    [Fact]
    public async Task Symlink_StaticUrlThroughLinkToEtc_NotFound()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/elink/passwd");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.DoesNotContain("root:", response.Text);
        await Hello.StillServed(_site);
    }

    [Fact]
    public async Task ErrorPage_CodeCompiledAsEtcPasswd_ShowsNoLineOfIt()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/cgi-bin/hostile_error_page.py");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("<h1>ZeroDivisionError</h1>", response.Text);
        Assert.Contains("exec compile(", response.Text); // the script's own line is shown
        Assert.DoesNotContain("root:", response.Text);
        await Hello.StillServed(_site);
    }

    [Fact]
    public async Task HundredThousandHeaderLines_500SayingWhy()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/cgi-bin/hostile_headers.py");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("Too many header lines from script", response.Text);
        await Hello.StillServed(_site);
    }

    [Fact]
    public async Task AuthorizationHeaders_NotPassedToScripts()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/cgi-bin/hostile_env_auth.py",
            ("Authorization", "Basic YWxpY2U6c2VjcmV0"), ("Proxy-Authorization", "Basic cHJveHk6cHc="));

        Assert.Equal("False False\n", response.Text);
        await Hello.StillServed(_site);
    }

    [Theory]
    [InlineData("CONNECT /cgi-bin/hello.py HTTP/1.1", "405")]
    [InlineData("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443", "405")]
    [InlineData("PROPFIND /cgi-bin/hello.py HTTP/1.1", "200")]
    [InlineData("OPTIONS * HTTP/1.1", "404")]
    [InlineData("GET /cgi-bin/hello.py HTTP/9.9", "505")]
    [InlineData("GET /cgi-bin/../../etc/passwd HTTP/1.1", "404")]
    [InlineData("\u0001\u0002 junk", "400")]
    public async Task OddRequestLines_AnsweredCleanly(string requestLine, string status)
    {
        var answer = await RawRequest(requestLine + (requestLine.Contains("Host:") ? "" : "\r\nHost: localhost") + "\r\n\r\n");

        Assert.StartsWith("HTTP/1.1 " + status, answer);
        await Hello.StillServed(_site);
    }

    private async Task<string> RawRequest(string request)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, _site.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.Latin1.GetBytes(request));
        var buffer = new byte[8192];
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var read = await stream.ReadAsync(buffer, timeout.Token);
        return System.Text.Encoding.Latin1.GetString(buffer, 0, read);
    }

    [Fact]
    public async Task StaticFileWithTrailingSlash_NotFound()
    {
        var response = await SiteResponse.GetAsync(_site.Client, "/upload.html/");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        await Hello.StillServed(_site);
    }
}
