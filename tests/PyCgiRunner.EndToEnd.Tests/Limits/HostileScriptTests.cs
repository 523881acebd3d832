using System.Net;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Limits;

/// <summary>
/// Hostile scripts against a real server (issue 7 items 1, 2, 6, 7): each gets the documented outcome, and the
/// server keeps serving hello.py afterwards.
/// </summary>
public sealed class HostileScriptTests(ShortTimeLimitSiteFixture site) : IClassFixture<ShortTimeLimitSiteFixture>
{
    [Fact]
    public async Task BuiltinTypeTampering_IsRefusedAndLaterRequestsSeeCleanTypes()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hostile_typedict.py");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("refused refused refused refused", response.Text.Trim());
        await AssertHelloServes();
    }

    [Fact]
    public async Task DeepNesting_IsMemoryErrorAndRuntimeErrorAndTheServerLives()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hostile_deep.py");
        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("MemoryError|MemoryError|maximum recursion depth exceeded in cmp", response.Text.Trim());
        await AssertHelloServes();
    }

    [Fact]
    public async Task NativeAllocationThenNativeLoop_AreRefusedThenStoppedWith504()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hostile_native.py");
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        await AssertHelloServes();
    }

    private async Task AssertHelloServes()
    {
        var hello = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hello.py");
        Assert.Equal(HttpStatusCode.OK, hello.Status);
        Assert.Contains("Hello", hello.Text);
    }
}
