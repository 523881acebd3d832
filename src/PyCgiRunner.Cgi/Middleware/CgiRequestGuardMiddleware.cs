using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PyCgiRunner.Cgi.ErrorPages;
using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// The outermost guard of the gateway (issue 7, item 10): no request line or method ends in an unhandled
/// exception. CONNECT (a proxy's method; this server is none) is refused with 405 before anything maps it, a bad
/// request Kestrel detects while the body is read (too slow, malformed chunks) gets Kestrel's own status, and any
/// other failure is logged with its details and answered with a plain 500.
/// </summary>
public sealed class CgiRequestGuardMiddleware(RequestDelegate next, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger<CgiRequestGuardMiddleware>();

    public async Task Invoke(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsConnect(request.Method))
        {
            CgiLog.MethodRefused(_logger, request.Method, request.Path.Value ?? "", "this server is not a proxy");
            context.Response.Headers.Allow = "GET, HEAD, POST, OPTIONS";
            await PageWriter.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, GatewayPages.MethodNotAllowed());
            return;
        }
        try
        {
            await next(context);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; nobody is left to answer.
        }
        catch (BadHttpRequestException bad)
        {
            CgiLog.BadRequest(_logger, request.Method, request.Path.Value ?? "", ClientAddress.Of(context), bad.StatusCode, bad.Message);
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }
            context.Response.Clear();
            context.Response.Headers.Connection = "close";
            await PageWriter.WriteAsync(context, bad.StatusCode, GatewayPages.Page(bad.StatusCode, ReasonOf(bad.StatusCode), "<p>The request could not be read.</p>"));
        }
        catch (Exception failure)
        {
            CgiLog.GatewayFailed(_logger, failure, request.Method, request.Path.Value ?? "");
            if (context.Response.HasStarted)
            {
                context.Abort();
                return;
            }
            context.Response.Clear();
            await PageWriter.WriteAsync(context, StatusCodes.Status500InternalServerError, GatewayPages.InternalError(null));
        }
    }

    private static string ReasonOf(int status) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status) is { Length: > 0 } phrase ? phrase : "Bad Request";
}
