namespace PyCgiRunner.Cgi.Responses;

/// <summary>
/// What to send for a parsed header block. <see cref="Headers"/> is in Apache's wire order (README "Order on the
/// wire"): ordinary headers, Set-Cookie, Location, then Content-Type (Apache's Content-Length, when it sends one,
/// goes just before Content-Type).
/// </summary>
public sealed record CgiResponsePlan(
    CgiResponseKind Kind,
    int StatusCode,
    string ReasonPhrase,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    bool SendBody,
    string? RedirectLocation = null,
    string? Problem = null)
{
    /// <summary>The status line's tail as sent: <c>404 Not Found</c>, <c>999 Odd</c>.</summary>
    public string StatusLine => ReasonPhrase.Length == 0 ? $"{StatusCode} " : $"{StatusCode} {ReasonPhrase}";

    public const string ApachePageContentType = "text/html; charset=iso-8859-1";
}
