namespace PyCgiRunner.Cgi.Environment;

/// <summary>The request an internal redirect came from: what Apache exposes as REDIRECT_* (conformance/gateway 033, 034).</summary>
public sealed record CgiRedirect(string Url, string QueryString, string Method, string Status = "200");
