using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PyCgiRunner.Cgi.Environment;
using PyCgiRunner.Cgi.ErrorPages;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// Runs CGI scripts for the URLs that map to one (ScriptAlias folders, or script files under the document root
/// with ExecCGI) and passes every other request on.
/// </summary>
public sealed class PythonCgiMiddleware
{
    /// <summary>HttpContext.Items key where the body bytes sent for a script response are left for the access log.</summary>
    public const string BytesSentKey = "PyCgi.BytesSent";

    /// <summary>Apache's LimitInternalRecursion default.</summary>
    public const int MaxInternalRedirects = 10;

    private readonly RequestDelegate _next;
    private readonly CgiOptions _options;
    private readonly ScriptMapper _mapper;
    private readonly CgiScriptExecutor _executor;
    private readonly ILogger _logger;

    public PythonCgiMiddleware(RequestDelegate next, IOptions<CgiOptions> options, ICgiScriptRunner runner, ScriptAdmission admission, ILoggerFactory loggerFactory)
    {
        _next = next;
        _options = options.Value;
        _mapper = new ScriptMapper(_options);
        _logger = loggerFactory.CreateLogger<PythonCgiMiddleware>();
        _executor = new CgiScriptExecutor(runner, _options, admission, _logger);
    }

    public async Task Invoke(HttpContext context)
    {
        var path = context.Request.Path.Value ?? "/";
        var match = _mapper.Map(path);
        if (match.Kind == ScriptMatchKind.NotScript)
        {
            CgiLog.NotAScript(_logger, path);
            await _next(context);
            return;
        }
        if (match.Kind == ScriptMatchKind.Forbidden)
        {
            CgiLog.Forbidden(_logger, path, match.Reason);
            await PageWriter.WriteAsync(context, StatusCodes.Status403Forbidden, GatewayPages.Forbidden());
            return;
        }
        if (match.Kind == ScriptMatchKind.NotFound)
        {
            CgiLog.ScriptNotFound(_logger, path);
            await PageWriter.WriteAsync(context, StatusCodes.Status404NotFound, GatewayPages.NotFound());
            return;
        }

        await using var body = await RequestBodySpool.ReceiveAsync(context, _options.Limits.MaxRequestBodyBytes);
        if (body is null)
        {
            CgiLog.BodyTooLarge(_logger, path, _options.Limits.MaxRequestBodyBytes);
            context.Response.Headers.Connection = "close";
            await PageWriter.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, GatewayPages.PayloadTooLarge());
            return;
        }

        var request = context.Request;
        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.PathBase + request.Path + request.QueryString;
        var line = new CgiRequestLine(request.Method, QueryWithoutMark(request.QueryString.Value), rawTarget, body.Present ? body.Length : null);
        await RunWithRedirectsAsync(context, match.Target!, path, line, body.Stream);
    }

    /// <summary>
    /// RFC 3875 §6.2.2 local redirect response: the server fetches the Location itself, as a GET with no body
    /// (Apache: conformance/gateway 032–035), carrying the REDIRECT_* variables.
    /// </summary>
    private async Task RunWithRedirectsAsync(HttpContext context, ScriptTarget target, string path, CgiRequestLine line, Stream stdin)
    {
        IReadOnlyList<RawHeader> inherited = [];
        for (var depth = 0; ; depth++)
        {
            var outcome = await _executor.ExecuteAsync(context, target, line, stdin, inherited);
            if (outcome.RedirectLocation is not { } location)
                return;
            if (depth >= MaxInternalRedirects)
            {
                CgiLog.TooManyRedirects(_logger, MaxInternalRedirects, path);
                await PageWriter.WriteAsync(context, 500, GatewayPages.InternalError(null));
                return;
            }

            inherited = outcome.Inherited;
            var question = location.IndexOf('?');
            var newPath = Uri.UnescapeDataString(question < 0 ? location : location[..question]);
            var newQuery = question < 0 ? string.Empty : location[(question + 1)..];
            line = new CgiRequestLine("GET", newQuery, location, null, new CgiRedirect(path, line.QueryString, line.Method));
            stdin = Stream.Null;
            path = newPath;

            var match = _mapper.Map(newPath);
            if (match.Kind == ScriptMatchKind.Script)
            {
                target = match.Target!;
                continue;
            }

            // Not a script: let the rest of the pipeline (static files, 404) answer the redirected GET.
            var request = context.Request;
            request.Method = HttpMethods.Get;
            request.Path = newPath;
            request.QueryString = newQuery.Length == 0 ? QueryString.Empty : new QueryString("?" + newQuery);
            request.Body = Stream.Null;
            request.ContentLength = null;
            foreach (var header in CgiHeaderBlock.From(inherited).Ordinary.Concat(CgiHeaderBlock.From(inherited).Cookies))
                ResponseHeaders.Add(context.Response, header.Key, header.Value);
            if (match.Kind == ScriptMatchKind.NotScript)
                await _next(context);
            else
                await PageWriter.WriteAsync(context, match.Kind == ScriptMatchKind.NotFound ? 404 : 403,
                    match.Kind == ScriptMatchKind.NotFound ? GatewayPages.NotFound() : GatewayPages.Forbidden());
            return;
        }
    }

    private static string QueryWithoutMark(string? query) =>
        string.IsNullOrEmpty(query) ? string.Empty : query[0] == '?' ? query[1..] : query;
}
