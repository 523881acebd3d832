using System.Net;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Tutorial;

/// <summary>Requests that run at the same time never see each other's world (DESIGN.md, "Per-request world").</summary>
public sealed class ConcurrencyTests(TutorialSiteFixture site) : IClassFixture<TutorialSiteFixture>
{
    [Fact]
    public async Task TwoSleepingRequests_AtTheSameTime_EachSeeOnlyItsOwnQueryString()
    {
        using var other = site.NewClient();
        var first = SiteResponse.GetAsync(site.Client, "/cgi-bin/sleep_env.py?who=first");
        var second = SiteResponse.GetAsync(other, "/cgi-bin/sleep_env.py?who=second");

        var responses = await Task.WhenAll(first, second);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.Status));
        Assert.Equal("query=who=first\nnow=who=first\n", responses[0].Text);
        Assert.Equal("query=who=second\nnow=who=second\n", responses[1].Text);
    }
}
