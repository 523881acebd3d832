using System.Net;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Storage;

/// <summary>A script that keeps its rows in SQLite under the site's data folder keeps them across requests and restarts.</summary>
public sealed class GuestbookTests
{
    [Fact]
    public async Task Guestbook_Entries_SurviveRequestsAndAServerRestart()
    {
        var site = new RestartableSite();
        try
        {
            await site.StartAsync();
            var first = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/guestbook.py", "name=ZARA&message=hello");
            Assert.True(first.Status == HttpStatusCode.OK, first.Text);
            var second = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/guestbook.py", "name=ALI&message=caf%C3%A9+ok");
            Assert.Equal("ZARA: hello\nALI: caf\u00c3\u00a9 ok\n", second.Text);

            await site.StopAsync();
            await site.StartAsync();

            var afterRestart = await SiteResponse.GetAsync(site.Client, "/cgi-bin/guestbook.py");
            Assert.Equal(HttpStatusCode.OK, afterRestart.Status);
            Assert.Equal("ZARA: hello\nALI: caf\u00c3\u00a9 ok\n", afterRestart.Text);
            Assert.True(File.Exists(Path.Combine(site.Folder, "data", "guestbook.db")), "the database lives in the site's data folder");
        }
        finally
        {
            await site.StopAsync();
            site.Delete();
        }
    }

    /// <summary>The tutorial site started and stopped on demand over one folder, like a server restarted by its operator.</summary>
    private sealed class RestartableSite : TutorialSite
    {
        public Task StartAsync() => InitializeAsync();
        public Task StopAsync() => StopServerAsync();
        public void Delete() => DeleteFolder();
    }
}
