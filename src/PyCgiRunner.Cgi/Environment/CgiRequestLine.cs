namespace PyCgiRunner.Cgi.Environment;

/// <summary>
/// The request as the script sees it. Usually the HTTP request itself; after an internal redirect a GET of the
/// Location (with no body) carrying where it came from.
/// </summary>
/// <param name="Method">REQUEST_METHOD.</param>
/// <param name="QueryString">QUERY_STRING: the raw query without '?', still percent-encoded.</param>
/// <param name="RequestUri">REQUEST_URI: the raw request target.</param>
/// <param name="ContentLength">CONTENT_LENGTH, or null when the request has no body.</param>
/// <param name="Redirect">Set when this run is the target of an internal redirect.</param>
public sealed record CgiRequestLine(string Method, string QueryString, string RequestUri, long? ContentLength, CgiRedirect? Redirect = null);
