using System.Net;
using System.Net.Http.Headers;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Tutorial;

/// <summary>
/// Every tutorial script over real HTTP: the status, headers and body a browser gets from `pycgi serve`.
/// The scripts are the tutorial's, unmodified (DESIGN.md, "What the product is").
/// </summary>
public sealed class TutorialScriptTests(TutorialSiteFixture site) : IClassFixture<TutorialSiteFixture>
{
    /// <summary>The cgi shim (and these scripts) import os, which the engine does not have yet.</summary>

    private const string HtmlStart = "\n<html>\n<head>\n";

    [Fact]
    public async Task Hello_Get_ServesTheTutorialPage()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hello.py");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.Header("Content-Type"));
        // print adds "\n" after the header block's "\r\n\r\n": the body starts with it.
        Assert.Equal(
            "\n<html>\n<head>\n<title>Hello World - First CGI Program</title>\n</head>\n<body>\n" +
            "<h2>Hello World! This is my first CGI program</h2>\n</body>\n</html>\n",
            response.Text);
    }

    [Fact]
    public async Task HelloGet_QueryString_GreetsByName()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/hello_get.py?first_name=ZARA&last_name=ALI");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.Header("Content-Type"));
        Assert.Equal(HtmlStart + "<title>Hello - Second CGI Program</title>\n</head>\n<body>\n<h2>Hello ZARA ALI</h2>\n</body>\n</html>\n", response.Text);
    }

    [Fact]
    public async Task HelloGet_PostUrlencoded_GreetsByName()
    {
        var response = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/hello_get.py", "first_name=ZARA&last_name=ALI");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("<h2>Hello ZARA ALI</h2>", response.Text);
    }

    [Fact]
    public async Task Checkbox_PostMathsOnly_ShowsMathsOnPhysicsOff()
    {
        var response = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/checkbox.cgi", "maths=on");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.Header("Content-Type"));
        Assert.Contains("<h2> CheckBox Maths is : ON</h2>\n<h2> CheckBox Physics is : OFF</h2>", response.Text);
    }

    [Fact]
    public async Task RadioButton_PostSubject_ShowsIt()
    {
        var response = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/radiobutton.py", "subject=physics");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("<h2> Selected Subject is physics</h2>", response.Text);
    }

    [Fact]
    public async Task TextArea_PostMultilineText_ShowsIt()
    {
        var response = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/textarea.py", "textcontent=Line+one%0D%0ALine+two");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("<h2> Entered Text Content is Line one\r\nLine two</h2>", response.Text);
    }

    [Fact]
    public async Task Dropdown_PostChoice_ShowsIt()
    {
        var response = await SiteResponse.PostFormAsync(site.Client, "/cgi-bin/dropdown.py", "dropdown=Maths");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("<h2> Selected Subject is Maths</h2>", response.Text);
    }

    [Fact]
    public async Task GetEnv_Get_ListsTheCgiVariables()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/get_env.py?x=1");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/html", response.Header("Content-Type"));
        // The tutorial writes "<\br>" in a Python string literal: \b is a backspace byte, sent as is.
        Assert.StartsWith("\n<font size=+1>Environment</font><\br>\n", response.Text);
        Assert.Contains("<b>        QUERY_STRING</b>: x=1<\br>", response.Text);
        Assert.Contains("<b>      REQUEST_METHOD</b>: GET<\br>", response.Text);
        Assert.Contains("<b>   GATEWAY_INTERFACE</b>: CGI/1.1<\br>", response.Text);
        Assert.Contains("<b>         SCRIPT_NAME</b>: /cgi-bin/get_env.py<\br>", response.Text);
    }

    [Fact]
    public async Task Download_Get_IsAnAttachmentHoldingFooTxt()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/download.py");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/octet-stream; name = \"FileName\"", response.Header("Content-Type"));
        Assert.Equal("attachment; filename = \"FileName\"", response.Header("Content-Disposition"));
        // print str adds a newline after the file's bytes.
        var foo = await File.ReadAllBytesAsync(Path.Combine(site.CgiBin, "foo.txt"));
        Assert.Equal([.. foo, (byte)'\n'], response.Body);
    }

    [Fact]
    public async Task SetCookiesFixed_Get_SendsAllFiveCookies()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/setcookies_fixed.py");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(
            ["UserID = XYZ;", "Password = XYZ123;", "Expires = Tuesday, 31-Dec-2007 23:12:40 GMT;", "Domain = www.tutorialspoint.com;", "Path = /perl;"],
            response.All("Set-Cookie"));
        Assert.Equal("text/html", response.Header("Content-Type"));
        Assert.Contains("<h2>Cookies set</h2>", response.Text);
    }

    [Fact]
    public async Task GetCookiesFixed_WithCookieHeader_ShowsTheCookies()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/getcookies_fixed.py", ("Cookie", "UserID=XYZ; Password=XYZ123"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("User ID  = XYZ\nPassword = XYZ123\n", response.Text);
    }

    [Fact]
    public async Task SetCookiesVerbatim_SyntaxError_DevelopmentPageNamesLineFive()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/setcookies.py");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.StartsWith("text/html", response.Header("Content-Type"));
        Assert.Contains("<h1>SyntaxError</h1>", response.Text);
        Assert.Contains("unexpected character after line continuation character", response.Text);
        Assert.Contains("setcookies.py</code>, line 5,", response.Text);
    }

    [Fact]
    public async Task GetCookiesVerbatim_WithCookie_DevelopmentPageNamesNameErrorForStrip()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/getcookies.py", ("Cookie", "UserID=XYZ; Password=XYZ123"));

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("<h1>NameError</h1>", response.Text);
        Assert.Contains("name &#39;strip&#39; is not defined", response.Text);
        Assert.Contains("getcookies.py</code>, line 8,", response.Text);
    }

    [Fact]
    public async Task SaveFile_FiveMegabyteUpload_SavedInTheRequestsOwnTmpWhichGoesWithIt()
    {
        var bytes = new byte[5 * 1024 * 1024];
        new Random(42).NextBytes(bytes);
        using var form = new MultipartFormDataContent("----pycgi-e2e-boundary");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "filename", "upload.bin");

        var response = await SiteResponse.SendAsync(site.Client, new HttpRequestMessage(HttpMethod.Post, "/cgi-bin/save_file.py") { Content = form });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Contains("The file \"upload.bin\" was uploaded successfully", response.Text);
        // /tmp is the request's own folder (issue 7, item 8), deleted when it ends; upload_check.py reads the saved
        // file back within its request to show it is byte-identical (Hostile/RequestTempFolderTests).
        Assert.Empty(Directory.EnumerateFileSystemEntries(site.TempFolder, "*", SearchOption.AllDirectories));
    }
}
