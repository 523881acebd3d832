using System.Buffers;
using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// Copies the script's body from the pipe to the client as it arrives, bytes unchanged, never holding the whole
/// body. Like Apache, when the script has already finished by the time the headers go out, the body's length is
/// known and sent as Content-Length; otherwise the body is chunked (conformance/gateway "Two timings").
/// </summary>
internal static class CgiBodyStreamer
{
    /// <summary>Returns the number of body bytes sent, or -1 when the output limit was hit.</summary>
    public static async Task<long> StreamAsync(HttpContext context, PipeReader reader, bool sendBody, bool announceLength, long maxBytes, CancellationToken cancellationToken)
    {
        var response = context.Response;
        if (reader.TryRead(out var first))
        {
            if (first.IsCompleted && announceLength)
                response.ContentLength = first.Buffer.Length;
            reader.AdvanceTo(first.Buffer.Start);
        }
        if (!sendBody)
        {
            // HEAD, 204, 304: no body; the script still runs to its end (its side effects are the request's).
            await reader.CompleteAsync();
            return 0;
        }

        long sent = 0;
        var writer = response.BodyWriter;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            sent += buffer.Length;
            if (sent > maxBytes)
            {
                await reader.CompleteAsync();
                return -1;
            }
            foreach (var segment in buffer)
                writer.Write(segment.Span);
            reader.AdvanceTo(buffer.End);
            var flush = await writer.FlushAsync(cancellationToken);
            if (read.IsCompleted || flush.IsCompleted || flush.IsCanceled)
                break;
        }
        await reader.CompleteAsync();
        return sent;
    }
}
