namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// One CGI request outside a web server (<c>pycgi cgi</c>, the cgi corpus): the script and what the client sent.
/// </summary>
/// <param name="ScriptPath">The script file (any form; its folder becomes the working directory).</param>
/// <param name="Method">REQUEST_METHOD.</param>
/// <param name="Query">QUERY_STRING, possibly empty.</param>
/// <param name="Headers">HTTP request headers in order (Content-Type included).</param>
/// <param name="Body">The request body; null when the request has none (then CONTENT_LENGTH is not set).</param>
/// <param name="PathInfo">PATH_INFO; empty means not set.</param>
public sealed record CgiRequest(
    string ScriptPath,
    string Method,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[]? Body,
    string PathInfo);
