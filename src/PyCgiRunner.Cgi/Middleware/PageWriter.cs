using Microsoft.AspNetCore.Http;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>Sends one of the gateway's own pages, labelled like Apache's (<c>text/html; charset=iso-8859-1</c>).</summary>
internal static class PageWriter
{
    public static async Task WriteAsync(HttpContext context, int status, byte[] page)
    {
        var response = context.Response;
        if (response.HasStarted)
        {
            context.Abort();
            return;
        }
        response.StatusCode = status;
        response.ContentType = CgiResponsePlan.ApachePageContentType;
        response.ContentLength = page.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
            await response.Body.WriteAsync(page, context.RequestAborted);
    }
}
