using Microsoft.Playwright;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Browser;

/// <summary>
/// A real browser (Debian's headless Chromium through Playwright; never a downloaded one) fills in the tutorial's
/// GET form and submits it.
/// </summary>
public sealed class FormBrowserTests(TutorialSiteFixture site) : IClassFixture<TutorialSiteFixture>
{
    private const string ChromiumPath = "/usr/bin/chromium";

    [Fact]
    public async Task HelloGetForm_TypeNamesAndSubmit_ShowsGreeting()
    {
        Assert.True(File.Exists(ChromiumPath),
            $"{ChromiumPath} is missing: install Debian's chromium (apt-get install -y chromium); .ci/run does this on CI.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            Timeout = 120_000,
        });
        var page = await browser.NewPageAsync();
        // Generous waits, not timing assertions: CI runs the three test projects at once on two cores.
        page.SetDefaultTimeout(120_000);
        page.SetDefaultNavigationTimeout(120_000);

        await page.GotoAsync(new Uri(site.BaseAddress, "/hello_get_form.html").ToString());
        await page.FillAsync("input[name=first_name]", "ZARA");
        await page.FillAsync("input[name=last_name]", "ALI");
        await page.ClickAsync("input[type=submit]");
        await page.WaitForURLAsync("**/cgi-bin/hello_get.py?**");

        Assert.Contains("/cgi-bin/hello_get.py?first_name=ZARA&last_name=ALI", page.Url);
        Assert.Equal("Hello ZARA ALI", await page.InnerTextAsync("h2"));
    }
}
