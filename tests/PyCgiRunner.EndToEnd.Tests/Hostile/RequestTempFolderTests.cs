using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Hostile;

/// <summary>
/// Hostile-input suite, nothing kept across requests (issue 7, item 8): each request's /tmp is its own folder, no
/// request sees another's files, and the folder is gone when the request ends, whether the script succeeded or failed.
/// </summary>
public sealed class RequestTempFolderTests(TutorialSiteFixture site) : IClassFixture<TutorialSiteFixture>
{
    private static MultipartFormDataContent Upload(byte[] bytes, string name)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "filename", name);
        return form;
    }

    private void AssertNoTempFileLeft() =>
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.TempFolder, "*", SearchOption.AllDirectories));

    [Fact]
    public async Task Upload_SavedToTmp_ReadableInItsRequestAndGoneAfter()
    {
        var bytes = RandomNumberGenerator.GetBytes(3 * 1024 * 1024);

        var response = await SiteResponse.SendAsync(site.Client, new HttpRequestMessage(HttpMethod.Post, "/cgi-bin/upload_check.py") { Content = Upload(bytes, "photo.bin") });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal($"{bytes.Length} {Convert.ToHexString(MD5.HashData(bytes)).ToLowerInvariant()} ['photo.bin']\n", response.Text);
        AssertNoTempFileLeft();
        await Hello.StillServed(site);
    }

    [Fact]
    public async Task TemporaryFiles_SecondRequest_SeesNoneOfTheFirstsAndCannotListTheParent()
    {
        var first = await SiteResponse.GetAsync(site.Client, "/cgi-bin/tmp_peek.py");
        var second = await SiteResponse.GetAsync(site.Client, "/cgi-bin/tmp_peek.py");

        // NamedTemporaryFile, mkstemp, mkdtemp and /tmp/mine.txt: four entries (TemporaryFile has no name), its own only.
        Assert.Equal("4 True\nparent refused\n", first.Text);
        Assert.Equal(first.Text, second.Text);
        AssertNoTempFileLeft();
        await Hello.StillServed(site);
    }

    [Fact]
    public async Task TemporaryFiles_ScriptFails_FolderGoneAnyway()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/tmp_peek.py?fail");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        AssertNoTempFileLeft();
        await Hello.StillServed(site);
    }
}
