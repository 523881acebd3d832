using System.Net;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Hostile;

/// <summary>The hostile-input suite's closing check: after the attack the server still serves the tutorial's hello.py.</summary>
internal static class Hello
{
    public static async Task StillServed(TutorialSite site)
    {
        using var client = site.NewClient();
        var hello = await SiteResponse.GetAsync(client, "/cgi-bin/hello.py");
        Assert.Equal(HttpStatusCode.OK, hello.Status);
        Assert.Contains("Hello World! This is my first CGI program", hello.Text);
    }
}
