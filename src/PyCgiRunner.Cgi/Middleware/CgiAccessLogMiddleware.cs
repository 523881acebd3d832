using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// One access-log line per request in Apache's common log format
/// (<c>%h %l %u %t "%r" %&gt;s %b</c>), written through ILogger under the category <c>PyCgiRunner.Cgi.AccessLog</c>.
/// </summary>
public sealed class CgiAccessLogMiddleware(RequestDelegate next, ILoggerFactory loggerFactory)
{
    private readonly ILogger _logger = loggerFactory.CreateLogger("PyCgiRunner.Cgi.AccessLog");

    public async Task Invoke(HttpContext context)
    {
        var started = DateTimeOffset.Now;
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path + request.QueryString;
        var requestLine = $"{request.Method} {target} {request.Protocol}";
        try
        {
            await next(context);
        }
        finally
        {
            if (_logger.IsEnabled(LogLevel.Information))
            {
                var bytes = context.Items.TryGetValue(PythonCgiMiddleware.BytesSentKey, out var sent) && sent is long count
                    ? count.ToString(CultureInfo.InvariantCulture)
                    : context.Response.ContentLength is { } length and > 0 ? length.ToString(CultureInfo.InvariantCulture) : "-";
                var line = $"{context.Connection.RemoteIpAddress?.ToString() ?? "-"} - - [{ApacheTime(started)}] \"{requestLine}\" {context.Response.StatusCode} {bytes}";
                CgiLog.Access(_logger, line);
            }
        }
    }

    /// <summary>Apache's %t: <c>10/Oct/2000:13:55:36 -0700</c>.</summary>
    public static string ApacheTime(DateTimeOffset time)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return time.ToString("dd/MMM/yyyy:HH:mm:ss ", CultureInfo.InvariantCulture) + sign + offset.Hours.ToString("00", CultureInfo.InvariantCulture) + offset.Minutes.ToString("00", CultureInfo.InvariantCulture);
    }
}
