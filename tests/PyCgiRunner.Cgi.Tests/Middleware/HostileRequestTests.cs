using System.Text;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Tests.Support;

namespace PyCgiRunner.Cgi.Tests.Middleware;

/// <summary>
/// Hostile requests and hostile script output on a real Kestrel (issue 7, items 5, 9, 10): each gets its documented
/// answer, none ends in an unhandled exception, and a well-behaved script is served afterwards.
/// </summary>
public sealed class HostileRequestTests : IDisposable
{
    private const string Hello = "Content-Type: text/plain\n\nhello\n";

    private readonly string _root = Directory.CreateTempSubdirectory("pycgi-hostile-").FullName;

    public HostileRequestTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cgi-bin"));
        Directory.CreateDirectory(Path.Combine(_root, "htdocs"));
        foreach (var name in new[] { "hello.py", "slow.py", "headers.py", "secret.py" })
            File.WriteAllText(Path.Combine(_root, "cgi-bin", name), "");
        File.WriteAllText(Path.Combine(_root, "htdocs", "upload.html"), "<form></form>");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Task<GatewayServer> Start(ICgiScriptRunner runner, Action<CgiOptions>? configure = null) =>
        GatewayServer.StartAsync(runner, o =>
        {
            o.DocumentRoot = Path.Combine(_root, "htdocs");
            o.Mode = CgiMode.Development;
            configure?.Invoke(o);
        });

    private static async Task AssertStillServes(GatewayServer server)
    {
        var hello = await server.SendAsync("GET", "/cgi-bin/hello.py");
        Assert.Equal(200, hello.StatusCode);
        Assert.Equal("hello\n", hello.BodyText);
        Assert.DoesNotContain(server.Log(), l => l.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>hello.py says hello; headers.py prints <paramref name="headerLines"/> header lines; slow.py waits for <paramref name="release"/>.</summary>
    private static DelegateScriptRunner Scripts(int headerLines = 0, Task? release = null) => new(async (invocation, stream, token) =>
    {
        var name = Path.GetFileName(invocation.ScriptPath);
        if (name == "slow.py" && release is not null)
            await release.WaitAsync(token);
        var output = name == "headers.py"
            ? "Content-Type: text/plain\n" + string.Concat(Enumerable.Range(0, headerLines).Select(i => $"X-H{i}: v\n")) + "\nbody"
            : Hello;
        await stream.WriteAsync(Encoding.Latin1.GetBytes(output), token);
        return DelegateScriptRunner.Success;
    });

    [Fact]
    public async Task HundredThousandHeaderLines_Clear500WithReasonInLog()
    {
        await using var server = await Start(Scripts(headerLines: 100_000));

        var response = await server.SendAsync("GET", "/cgi-bin/headers.py");

        Assert.Equal(500, response.StatusCode);
        Assert.Contains("Too many header lines from script (the limit is 1000)", response.BodyText);
        Assert.Contains(server.Log(), l => l.StartsWith("Error 8 ") && l.Contains("Too many header lines"));
        await AssertStillServes(server);
    }

    [Fact]
    public async Task AllScriptSlotsTaken_NextRequest503WithRetryAfter()
    {
        var release = new TaskCompletionSource();
        var runner = Scripts(release: release.Task);
        await using var server = await Start(runner, o => o.Server = o.Server with
        {
            MaxConcurrentScripts = 1,
            MaxQueuedScripts = 0,
        });
        var slow = server.SendAsync("GET", "/cgi-bin/slow.py");
        await WaitUntil(() => runner.Invocations.Count == 1);

        var refused = await server.SendAsync("GET", "/cgi-bin/hello.py");

        Assert.Equal(503, refused.StatusCode);
        Assert.Equal("1", refused.Header("Retry-After"));
        Assert.Contains(server.Log(), l => l.StartsWith("Warning 19 ") && l.Contains("already waiting"));
        release.SetResult();
        Assert.Equal(200, (await slow).StatusCode);
        await AssertStillServes(server);
    }

    [Theory]
    [InlineData("CONNECT", "/cgi-bin/hello.py", 405)]
    [InlineData("CONNECT", "example.com:443", 400)] // Kestrel's own answer: the Host header names another authority
    [InlineData("GET", "/upload.html/", 404)]
    [InlineData("GET", "/upload.html/x", 404)]
    [InlineData("BREW", "/cgi-bin/hello.py", 200)]
    [InlineData("OPTIONS", "*", 404)]
    public async Task OddMethodsAndTargets_AnsweredWithoutUnhandledException(string method, string target, int status)
    {
        await using var server = await Start(Scripts());

        var response = await server.SendAsync(method, target);

        Assert.Equal(status, response.StatusCode);
        await AssertStillServes(server);
    }

    [Fact]
    public async Task ErrorPage_FrameOfAFileTheScriptCannotRead_ShowsNoSource()
    {
        var shadow = Path.Combine(_root, "shadow");
        File.WriteAllText(shadow, "root:*:20228:0:99999:7:::\nsecond-line\nthird-line\n");
        var runner = new DelegateScriptRunner((_, _, _) => Task.FromResult(new CgiScriptResult(1, CgiScriptOutcome.Completed,
            new ScriptFailure("ZeroDivisionError", "integer division or modulo by zero",
                [new ScriptFrame(shadow, 3, "<module>", SourcePath: null)], "Traceback (most recent call last):\n"))));
        await using var server = await Start(runner);

        var response = await server.SendAsync("GET", "/cgi-bin/secret.py");

        Assert.Equal(500, response.StatusCode);
        Assert.Contains("<h1>ZeroDivisionError</h1>", response.BodyText);
        Assert.DoesNotContain("root:*", response.BodyText);
        Assert.DoesNotContain("third-line", response.BodyText);
    }

    [Fact]
    public async Task HugeFailure_DeepRecursionAndHugeMessage_PageAndLogStayBounded()
    {
        var script = Path.Combine(_root, "cgi-bin", "secret.py");
        var frames = Enumerable.Range(0, 20_000).Select(i => new ScriptFrame(script, 1, "down", script)).ToList();
        var traceback = "Traceback (most recent call last):\n" + string.Concat(frames.Select(_ => "  File \"secret.py\", line 1, in down\n"));
        var hello = Scripts();
        var runner = new DelegateScriptRunner((invocation, stream, token) => Path.GetFileName(invocation.ScriptPath) == "secret.py"
            ? Task.FromResult(new CgiScriptResult(1, CgiScriptOutcome.Completed, new ScriptFailure("ValueError", new string('x', 1_000_000), frames, traceback)))
            : hello.RunAsync(invocation, stream, token));
        await using var server = await Start(runner);

        var response = await server.SendAsync("GET", "/cgi-bin/secret.py");

        Assert.Equal(500, response.StatusCode);
        Assert.Contains("[19980 more frames]", response.BodyText);
        Assert.InRange(response.Body.Length, 1, 200_000);
        var logged = server.Log().Single(l => l.StartsWith("Error 7 "));
        Assert.InRange(logged.Length, 1, 40_000);
        Assert.Contains("characters left out", logged);
        await AssertStillServes(server);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition());
    }
}
