using System.Globalization;
using Microsoft.AspNetCore.Http;
using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Environment;

/// <summary>Builds the CGI/1.1 meta-variables (RFC 3875 §4.1) a script finds in <c>os.environ</c>.</summary>
public static class CgiEnvironmentBuilder
{
    public static Dictionary<string, string> Build(HttpContext context, ScriptTarget target, CgiRequestLine request, CgiOptions options)
    {
        var http = context.Request;
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = options.ScriptPath,
            ["GATEWAY_INTERFACE"] = "CGI/1.1",                                 // §4.1.4
            ["SERVER_SOFTWARE"] = options.ServerSoftware,                      // §4.1.17
            ["SERVER_NAME"] = ServerName(context),                             // §4.1.14
            ["SERVER_PORT"] = ServerPort(context),                             // §4.1.15
            ["SERVER_PROTOCOL"] = string.IsNullOrEmpty(http.Protocol) ? "HTTP/1.1" : http.Protocol, // §4.1.16
            ["REQUEST_METHOD"] = request.Method,                               // §4.1.12
            ["QUERY_STRING"] = ByteStrings.FromText(request.QueryString),      // §4.1.7: always set, maybe empty
            ["SCRIPT_NAME"] = ByteStrings.FromText(target.ScriptName),         // §4.1.13
            ["SCRIPT_FILENAME"] = target.ScriptPath,
            ["REQUEST_URI"] = ByteStrings.FromText(request.RequestUri),
            ["REQUEST_SCHEME"] = http.Scheme,
        };

        // §4.1.5: PATH_INFO only when there is one; §4.1.6 PATH_TRANSLATED maps it through the document root.
        if (target.PathInfo.Length > 0)
        {
            env["PATH_INFO"] = ByteStrings.FromText(target.PathInfo);
            var root = options.DocumentRoot is null ? target.WorkingDirectory : Path.GetFullPath(options.DocumentRoot);
            env["PATH_TRANSLATED"] = ByteStrings.FromText(root.TrimEnd('/') + target.PathInfo);
        }

        var remote = context.Connection.RemoteIpAddress?.ToString() ?? "127.0.0.1";
        env["REMOTE_ADDR"] = remote;                                           // §4.1.8
        env["REMOTE_HOST"] = remote;                                           // §4.1.9: no reverse lookup
        env["REMOTE_PORT"] = context.Connection.RemotePort.ToString(CultureInfo.InvariantCulture);
        if (context.Connection.LocalIpAddress is { } local)
            env["SERVER_ADDR"] = local.ToString();
        if (options.DocumentRoot is not null)
            env["DOCUMENT_ROOT"] = Path.GetFullPath(options.DocumentRoot);
        if (http.IsHttps)
            env["HTTPS"] = "on";

        // §4.1.3 CONTENT_TYPE stays even on a redirected GET (Apache keeps it: 034); §4.1.2 CONTENT_LENGTH only
        // with a body.
        if (!string.IsNullOrEmpty(http.ContentType))
            env["CONTENT_TYPE"] = ByteStrings.FromHeader(http.ContentType);
        if (request.ContentLength is { } length)
            env["CONTENT_LENGTH"] = length.ToString(CultureInfo.InvariantCulture);

        AddHttpVariables(env, http.Headers, options.PassAuthorization);

        if (request.Redirect is { } redirect)
        {
            env["REDIRECT_STATUS"] = redirect.Status;
            env["REDIRECT_URL"] = ByteStrings.FromText(redirect.Url);
            env["REDIRECT_QUERY_STRING"] = ByteStrings.FromText(redirect.QueryString);
            env["REDIRECT_REQUEST_METHOD"] = redirect.Method;
        }
        return env;
    }

    /// <summary>
    /// §4.1.18 protocol-specific variables: HTTP_ + the name upper-cased with '-' → '_'. Content-Type and
    /// Content-Length have their own variables; Proxy never becomes HTTP_PROXY (httpoxy, CVE-2016-5385); a name
    /// with other characters than letters, digits and '-' is skipped as Apache 2.4 does, so "X_Y" cannot pose as "X-Y".
    /// Authorization and Proxy-Authorization are withheld unless the options pass them (Apache's CGIPassAuth).
    /// </summary>
    private static void AddHttpVariables(Dictionary<string, string> env, IHeaderDictionary headers, bool passAuthorization)
    {
        foreach (var (name, values) in headers)
        {
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase)
                || name.Equals("Proxy", StringComparison.OrdinalIgnoreCase)
                || (!passAuthorization && (name.Equals("Authorization", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("Proxy-Authorization", StringComparison.OrdinalIgnoreCase)))
                || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
                continue;
            var key = "HTTP_" + name.ToUpperInvariant().Replace('-', '_');
            var separator = name.Equals("Cookie", StringComparison.OrdinalIgnoreCase) ? "; " : ", ";
            env[key] = ByteStrings.FromHeader(string.Join(separator, values.Where(v => v is not null)));
        }
    }

    /// <summary>Apache's UseCanonicalName Off: the name the client asked for, from Host.</summary>
    private static string ServerName(HttpContext context)
    {
        var host = context.Request.Host;
        if (host.HasValue)
            return host.Host;
        return context.Connection.LocalIpAddress?.ToString() ?? "localhost";
    }

    private static string ServerPort(HttpContext context)
    {
        if (context.Request.Host.Port is { } port)
            return port.ToString(CultureInfo.InvariantCulture);
        if (context.Connection.LocalPort != 0)
            return context.Connection.LocalPort.ToString(CultureInfo.InvariantCulture);
        return context.Request.IsHttps ? "443" : "80";
    }
}
