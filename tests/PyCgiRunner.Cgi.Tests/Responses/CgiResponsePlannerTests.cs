using System.Text;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Tests.Responses;

/// <summary>Status, Location and body rules (conformance/gateway 021–041).</summary>
public sealed class CgiResponsePlannerTests
{
    private static CgiResponsePlan Plan(string output) =>
        CgiResponseParser.Parse(Encoding.Latin1.GetBytes(output), CgiHeaderMode.Strict).Plan!;

    [Theory]
    [InlineData("Status: 404 Not Found", "404 Not Found")]
    [InlineData("Status: 404", "404 Not Found")]
    [InlineData("Status: 200 Custom Reason", "200 Custom Reason")]
    [InlineData("Status:403 Forbidden", "403 Forbidden")]
    [InlineData("Status: 999 Odd", "999 Odd")]
    [InlineData("Status: abc", "500 Internal Server Error")]
    [InlineData("Status: 100 Continue", "500 Internal Server Error")]
    [InlineData("Status: 404abc", "404 Not Found")]
    [InlineData("Status: 404 Not Found\nStatus: 410 Gone", "410 Gone")]
    public void Status_Value_StatusLine(string header, string statusLine) =>
        Assert.Equal(statusLine, Plan(header + "\nContent-Type: text/plain\n\nbody").StatusLine);

    [Theory]
    [InlineData(204)]
    [InlineData(304)]
    public void Status204Or304_NoBodyNoContentType(int code)
    {
        var plan = Plan($"Status: {code}\nContent-Type: text/plain\nX-Kept: 1\n\nbody");
        Assert.False(plan.SendBody);
        Assert.Equal(["X-Kept"], plan.Headers.Select(h => h.Key));
    }

    [Fact]
    public void LocalLocation_NoStatus_InternalRedirect()
    {
        var plan = Plan("Content-Type: text/html\nSet-Cookie: a=1\nX-First: 1\nLocation: /cgi-bin/other?x=1\n\n<p>discarded</p>");
        Assert.Equal(CgiResponseKind.InternalRedirect, plan.Kind);
        Assert.Equal("/cgi-bin/other?x=1", plan.RedirectLocation);
    }

    [Fact]
    public void LocalLocation_Status302_SentAsWritten()
    {
        var plan = Plan("Status: 302 Found\nLocation: /cgi-bin/other\n\n");
        Assert.Equal(CgiResponseKind.Send, plan.Kind);
        Assert.Equal(["Location: /cgi-bin/other"], plan.Headers.Select(h => $"{h.Key}: {h.Value}"));
    }

    [Theory]
    [InlineData("Location: http://example.com/target\n\n")]
    [InlineData("Status: 200 OK\nLocation: http://example.com/target\nContent-Type: text/plain\n\nbody")]
    [InlineData("Location: other\n\n")]
    public void OtherLocation_NoRedirectStatus_Moved302WithOurPage(string output)
    {
        var plan = Plan(output);
        Assert.Equal(CgiResponseKind.MovedPage, plan.Kind);
        Assert.Equal("302 Found", plan.StatusLine);
        Assert.Equal("text/html; charset=iso-8859-1", plan.Headers.Single(h => h.Key == "Content-Type").Value);
    }

    [Fact]
    public void AbsoluteLocation_Status301_ScriptBodySent()
    {
        var plan = Plan("Status: 301 Moved Permanently\nLocation: http://example.com/moved\n\n");
        Assert.Equal(CgiResponseKind.Send, plan.Kind);
        Assert.True(plan.SendBody);
    }

    [Theory]
    [InlineData("Content-Length: 5\n")]
    [InlineData("Transfer-Encoding: chunked\n")]
    public void FramingHeaders_FromScript_Dropped(string header) =>
        Assert.Equal(["Content-Type: text/plain"], Plan("Content-Type: text/plain\n" + header + "\n0123456789").Headers.Select(h => $"{h.Key}: {h.Value}"));

    [Theory]
    [InlineData("Content-Type : text/html\n\nbody")]
    [InlineData("X-Ctl: a\u0001b\n\nbody")]
    [InlineData("X-Del: a\u007fb\n\nbody")]
    public void StrictCheck_BadNameOrControlChar_InvalidHeader(string output) =>
        Assert.Equal(CgiResponseKind.InvalidHeader, Plan(output).Kind);

    [Fact]
    public void HeaderOrder_OrdinaryThenCookiesThenLocationThenContentType() =>
        Assert.Equal(["X-Zeta", "X-Alpha", "Set-Cookie", "Location", "Content-Type"],
            Plan("X-Zeta: 1\nContent-Type: text/plain\nLocation: http://x/\nStatus: 301\nX-Alpha: 2\nSet-Cookie: s=1\n\nbody").Headers.Select(h => h.Key));
}
