using System.Text;

namespace PyCgiRunner.Cgi.ErrorPages;

/// <summary>
/// The pages the gateway itself answers with. Where Apache sends its own page (its 500 and 302 pages) our status
/// and headers match Apache's, but the page is ours (DESIGN.md, Gateway). All pages are ASCII and sent as
/// <c>text/html; charset=iso-8859-1</c> like Apache's.
/// </summary>
public static class GatewayPages
{
    public static byte[] Page(int status, string title, string paragraphHtml) =>
        Encoding.ASCII.GetBytes(
            "<!DOCTYPE html>\n<html><head><title>" + status + " " + Html.Escape(title) + "</title></head>\n" +
            "<body>\n<h1>" + Html.Escape(title) + "</h1>\n" + paragraphHtml + "\n" +
            "<hr><address>PyCgiRunner</address>\n</body></html>\n");

    public static byte[] InternalError(string? detail) =>
        Page(500, "Internal Server Error",
            "<p>The script could not produce a valid response.</p>" +
            (detail is null ? "<p>More information is in the server log.</p>" : "<pre>" + Html.Escape(detail) + "</pre>"));

    public static byte[] Moved(string location) =>
        Page(302, "Found", "<p>The document has moved <a href=\"" + Html.Escape(location) + "\">here</a>.</p>");

    public static byte[] GatewayTimeout(string? detail) =>
        Page(504, "Gateway Timeout", "<p>The script did not finish in time.</p>" + Detail(detail));

    public static byte[] NotFound() => Page(404, "Not Found", "<p>The requested URL was not found on this server.</p>");

    public static byte[] Forbidden() => Page(403, "Forbidden", "<p>You don't have permission to access this resource.</p>");

    public static byte[] PayloadTooLarge() => Page(413, "Request Entity Too Large", "<p>The request body is larger than this server accepts.</p>");

    public static byte[] ServiceUnavailable(string? detail) =>
        Page(503, "Service Unavailable", "<p>The server is too busy to run this script now. Please try again shortly.</p>" + Detail(detail));

    public static byte[] MethodNotAllowed() =>
        Page(405, "Method Not Allowed", "<p>The requested method is not allowed for this URL.</p>");

    private static string Detail(string? detail) => detail is null ? string.Empty : "<pre>" + Html.Escape(detail) + "</pre>";
}
