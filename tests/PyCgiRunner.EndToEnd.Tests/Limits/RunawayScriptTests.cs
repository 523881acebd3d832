using System.Diagnostics;
using System.Net;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Limits;

/// <summary>
/// A runaway script is stopped and the server keeps serving (DESIGN.md, "Never crash the host"): an endless loop
/// at the time limit with 504, endless recursion as Python's RuntimeError.
/// </summary>
public sealed class RunawayScriptTests(ShortTimeLimitSiteFixture site) : IClassFixture<ShortTimeLimitSiteFixture>
{
    [Fact]
    public async Task EndlessLoop_PastTheTimeLimit_Is504WhileOtherRequestsAreServed()
    {
        var clock = Stopwatch.StartNew();
        using var loopClient = site.NewClient();
        var loop = SiteResponse.GetAsync(loopClient, "/cgi-bin/loop_forever.py");

        await Task.Delay(500);
        Assert.False(loop.IsCompleted, "the loop should still be running");
        var hello = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hello.py");
        Assert.Equal(HttpStatusCode.OK, hello.Status);
        Assert.False(loop.IsCompleted, "hello.py should have been answered while the loop ran");

        var stopped = await loop;
        Assert.Equal(HttpStatusCode.GatewayTimeout, stopped.Status);
        Assert.InRange(clock.Elapsed.TotalSeconds, ShortTimeLimitSiteFixture.TimeLimitSeconds - 0.5, ShortTimeLimitSiteFixture.TimeLimitSeconds + 5);

        var after = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hello.py");
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }

    [Fact]
    public async Task EndlessRecursion_Get_IsARuntimeErrorPageAndTheServerLives()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/recurse_forever.py");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("<h1>RuntimeError</h1>", response.Text);
        Assert.Contains("maximum recursion depth exceeded", response.Text);

        var after = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hello.py");
        Assert.Equal(HttpStatusCode.OK, after.Status);
    }
}
