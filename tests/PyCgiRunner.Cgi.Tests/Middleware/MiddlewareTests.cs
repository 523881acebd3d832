using System.Text;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Tests.Support;

namespace PyCgiRunner.Cgi.Tests.Middleware;

/// <summary>The middleware end to end on a real Kestrel: error pages, limits, request bodies, static files, logging.</summary>
public sealed class MiddlewareTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "pycgi-mw-" + Guid.NewGuid().ToString("N"));

    public MiddlewareTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cgi-bin"));
        Directory.CreateDirectory(Path.Combine(_root, "htdocs", "docs"));
        File.WriteAllText(Path.Combine(_root, "cgi-bin", "script.py"), "import os\nx = 1\nprint undefined_name  # <b>\ny = 2\nz = 3\n");
        File.WriteAllText(Path.Combine(_root, "htdocs", "index.html"), "<p>home</p>");
        File.WriteAllText(Path.Combine(_root, "htdocs", "docs", "index.html"), "<p>docs</p>");
        File.WriteAllText(Path.Combine(_root, "htdocs", "style.css"), "p{}");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Script => Path.Combine(_root, "cgi-bin", "script.py");

    private Task<GatewayServer> Start(ICgiScriptRunner runner, Action<CgiOptions>? configure = null) =>
        GatewayServer.StartAsync(runner, o =>
        {
            o.DocumentRoot = Path.Combine(_root, "htdocs");
            o.Mode = CgiMode.Development;
            configure?.Invoke(o);
        });

    private DelegateScriptRunner Failing(string? output = null) => new(async (invocation, stream, token) =>
    {
        if (output is not null)
            await stream.WriteAsync(Encoding.Latin1.GetBytes(output), token);
        await invocation.Stderr.WriteAsync("Traceback: NameError <oops>\n"u8.ToArray(), token);
        var frames = new[] { new ScriptFrame(Script, 3, "<module>", Script) };
        return new CgiScriptResult(1, CgiScriptOutcome.Completed,
            new ScriptFailure("NameError", "name 'undefined_name' is not defined", frames, "Traceback (most recent call last):\n  File \"script.py\", line 3, in <module>\nNameError: name 'undefined_name' is not defined\n"));
    });

    [Fact]
    public async Task DevelopmentMode_ScriptFailsBeforeHeaders_TracebackPageWithEscapedSource()
    {
        await using var server = await Start(Failing());
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal("HTTP/1.1 500 Internal Server Error", response.StatusLine);
        Assert.Equal("text/html; charset=iso-8859-1", response.Header("Content-Type"));
        Assert.Contains("<h1>NameError</h1>", response.BodyText);
        Assert.Contains("name &#39;undefined_name&#39; is not defined", response.BodyText);
        Assert.Contains("print undefined_name  # &lt;b&gt;", response.BodyText); // the frame's line, escaped
        Assert.Contains("x = 1", response.BodyText);                            // context before
        Assert.Contains("y = 2", response.BodyText);                            // context after
        Assert.DoesNotContain("<b>", response.BodyText);
    }

    [Fact]
    public async Task ProductionMode_ScriptFails_PlainPageDetailsInLog()
    {
        await using var server = await Start(Failing(), o => o.Mode = CgiMode.Production);
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal(500, response.StatusCode);
        Assert.DoesNotContain("NameError", response.BodyText);
        Assert.DoesNotContain("undefined_name", response.BodyText);
        var log = server.Log();
        Assert.Contains(log, l => l.StartsWith("Error 7 ") && l.Contains("NameError"));
        Assert.Contains(log, l => l.StartsWith("Warning 6 ") && l.Contains("Traceback: NameError <oops>"));
    }

    [Fact]
    public async Task ScriptFailsAfterValidOutput_OutputSentFailureLogged()
    {
        await using var server = await Start(Failing("Content-Type: text/plain\n\npartial output"));
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("partial output", response.BodyText);
        Assert.Contains(server.Log(), l => l.StartsWith("Error 7 "));
    }

    [Fact]
    public async Task MalformedOutput_NoFailure_Our500WithExplanationInDevelopment()
    {
        await using var server = await Start(DelegateScriptRunner.Writing("Hello world\n"));
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal(500, response.StatusCode);
        Assert.Contains("malformed header from script: Bad header: Hello world", response.BodyText);
        Assert.Contains(server.Log(), l => l.StartsWith("Error 8 ") && l.Contains("malformed header"));
    }

    [Fact]
    public async Task TimeLimit_FiresBeforeHeaders_504()
    {
        var runner = new DelegateScriptRunner(async (_, _, token) =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return DelegateScriptRunner.Success;
        });
        await using var server = await Start(runner, o => o.Limits = o.Limits with { TimeLimit = TimeSpan.FromMilliseconds(200) });
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal("HTTP/1.1 504 Gateway Timeout", response.StatusLine);
        Assert.Contains(server.Log(), l => l.StartsWith("Error 10 "));
    }

    [Fact]
    public async Task TimeLimit_FiresAfterResponseStarted_ConnectionAbortedNothingMore()
    {
        var runner = new DelegateScriptRunner(async (_, stream, token) =>
        {
            await stream.WriteAsync("Content-Type: text/plain\n\nfirst part"u8.ToArray(), token);
            await stream.FlushAsync(token);
            await Task.Delay(Timeout.Infinite, token);
            return DelegateScriptRunner.Success;
        });
        await using var server = await Start(runner, o => o.Limits = o.Limits with { TimeLimit = TimeSpan.FromMilliseconds(300) });
        // Tutorial mode decides at once that "first part" cannot be a header, so the response starts; then the
        // chunked body never gets its final chunk.
        await Assert.ThrowsAnyAsync<IOException>(() => server.SendAsync("GET", "/cgi-bin/script.py"));
    }

    [Fact]
    public async Task RequestBody_LargerThanMemoryThreshold_ReachesStdinExactly()
    {
        var body = new byte[700_000];
        new Random(1).NextBytes(body);
        byte[]? received = null;
        string? contentLength = null;
        var runner = new DelegateScriptRunner(async (invocation, stream, token) =>
        {
            var copy = new MemoryStream();
            await invocation.Stdin.CopyToAsync(copy, token);
            received = copy.ToArray();
            contentLength = invocation.Environment["CONTENT_LENGTH"];
            await stream.WriteAsync("Content-Type: text/plain\n\nok"u8.ToArray(), token);
            return DelegateScriptRunner.Success;
        });
        await using var server = await Start(runner);
        var response = await server.SendAsync("POST", "/cgi-bin/script.py", $"Content-Type: application/octet-stream\r\nContent-Length: {body.Length}\r\n", body);
        Assert.Equal("ok", response.BodyText);
        Assert.Equal(body, received);
        Assert.Equal("700000", contentLength);
    }

    [Fact]
    public async Task RequestBody_OverLimit_413ScriptNotRun()
    {
        var runner = DelegateScriptRunner.Writing("Content-Type: text/plain\n\nran");
        await using var server = await Start(runner, o => o.Limits = o.Limits with { MaxRequestBodyBytes = 10 });
        var response = await server.SendAsync("POST", "/cgi-bin/script.py", "Content-Length: 11\r\n", "01234567890"u8.ToArray());
        Assert.Equal(413, response.StatusCode);
        Assert.Empty(runner.Invocations);
    }

    [Fact]
    public async Task LargeBody_Streamed_BytesUnchanged()
    {
        var payload = new byte[3 * 1024 * 1024];
        new Random(2).NextBytes(payload);
        var runner = new DelegateScriptRunner(async (_, stream, token) =>
        {
            await stream.WriteAsync("Content-Type: application/octet-stream\r\n\r\n"u8.ToArray(), token);
            for (var i = 0; i < payload.Length; i += 100_000)
                await stream.WriteAsync(payload.AsMemory(i, Math.Min(100_000, payload.Length - i)), token);
            return DelegateScriptRunner.Success;
        });
        await using var server = await Start(runner);
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal(payload, response.Body);
    }

    [Fact]
    public async Task OutputLimit_Exceeded_ResponseCutOff()
    {
        var runner = new DelegateScriptRunner(async (_, stream, token) =>
        {
            await stream.WriteAsync("Content-Type: text/plain\r\n\r\n"u8.ToArray(), token);
            await stream.WriteAsync(new byte[500], token);
            await Task.Delay(100, token);
            await stream.WriteAsync(new byte[4096], token);
            return DelegateScriptRunner.Success;
        });
        await using var server = await Start(runner, o => o.Limits = o.Limits with { MaxOutputBytes = 1000 });
        await Assert.ThrowsAnyAsync<IOException>(() => server.SendAsync("GET", "/cgi-bin/script.py"));
    }

    [Fact]
    public async Task Head_ScriptOutput_NoBody()
    {
        await using var server = await Start(DelegateScriptRunner.Writing("Content-Type: text/plain\n\nhello"));
        var response = await server.SendAsync("HEAD", "/cgi-bin/script.py");
        Assert.Equal(200, response.StatusCode);
        Assert.Empty(response.Body);
    }

    [Theory]
    [InlineData("/", "<p>home</p>", "text/html")]
    [InlineData("/docs/", "<p>docs</p>", "text/html")]
    [InlineData("/style.css", "p{}", "text/css")]
    public async Task StaticFiles_FromDocumentRoot_IndexForFolders(string path, string body, string contentType)
    {
        await using var server = await Start(DelegateScriptRunner.Writing(""));
        var response = await server.SendAsync("GET", path);
        Assert.Equal(200, response.StatusCode);
        Assert.Equal(body, response.BodyText);
        Assert.Equal(contentType, response.Header("Content-Type"));
    }

    [Theory]
    [InlineData("/cgi-bin/missing.py", 404)]
    [InlineData("/cgi-bin/%2e%2e%5cscript.py", 403)]
    [InlineData("/cgi-bin/", 403)]
    public async Task ScriptUrls_MissingOrUnsafe_Refused(string path, int status)
    {
        var runner = DelegateScriptRunner.Writing("Content-Type: text/plain\n\nran");
        await using var server = await Start(runner);
        Assert.Equal(status, (await server.SendAsync("GET", path)).StatusCode);
        Assert.Empty(runner.Invocations);
    }

    [Fact]
    public async Task InternalRedirect_ToStaticFile_ServedWithFirstScriptsHeaders()
    {
        await using var server = await Start(DelegateScriptRunner.Writing("Set-Cookie: a=1\nLocation: /style.css\n\n"));
        var response = await server.SendAsync("GET", "/cgi-bin/script.py");
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("p{}", response.BodyText);
        Assert.Equal("a=1", response.Header("Set-Cookie"));
    }

    [Fact]
    public async Task EveryRequest_AccessLogLineInCommonLogFormat()
    {
        await using var server = await Start(DelegateScriptRunner.Writing("Content-Type: text/plain\n\nhello"));
        await server.SendAsync("GET", "/cgi-bin/script.py?x=1");
        Assert.Contains(server.Log(), l => System.Text.RegularExpressions.Regex.IsMatch(l,
            @"^Information 17 PyCgiRunner\.Cgi\.AccessLog: 127\.0\.0\.1 - - \[\d\d/\w{3}/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] ""GET /cgi-bin/script\.py\?x=1 HTTP/1\.1"" 200 5$"));
    }

    [Fact]
    public async Task Invocation_ScriptFolderAsWorkingDirectory_LimitsPassed()
    {
        var runner = DelegateScriptRunner.Writing("Content-Type: text/plain\n\n");
        await using var server = await Start(runner);
        await server.SendAsync("GET", "/cgi-bin/script.py/more?q=1");
        var invocation = Assert.Single(runner.Invocations);
        Assert.Equal(Script, invocation.ScriptPath);
        Assert.Equal(Path.Combine(_root, "cgi-bin"), invocation.WorkingDirectory);
        Assert.Equal("/more", invocation.Environment["PATH_INFO"]);
        Assert.Equal("q=1", invocation.Environment["QUERY_STRING"]);
        Assert.Equal(TimeSpan.FromSeconds(30), invocation.Limits.TimeLimit);
    }
}
