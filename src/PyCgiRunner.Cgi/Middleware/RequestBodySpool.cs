using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// The request body, received in full before the script starts (a CGI script reads stdin at its own pace; the
/// client must not be held up by it). Small bodies stay in memory, big ones go to an anonymous temp file (its
/// name removed as soon as it is open) that is gone when the request ends.
/// </summary>
internal sealed class RequestBodySpool : IAsyncDisposable
{
    private const int MemoryThreshold = 256 * 1024;

    private RequestBodySpool(Stream stream, long length, bool present)
    {
        Stream = stream;
        Length = length;
        Present = present;
    }

    public Stream Stream { get; }
    public long Length { get; }

    /// <summary>Whether the request had a body at all (Content-Length or chunked): CONTENT_LENGTH is set only then.</summary>
    public bool Present { get; }

    /// <summary>Null when the body is larger than <paramref name="limit"/> (the caller answers 413).</summary>
    public static async Task<RequestBodySpool?> ReceiveAsync(HttpContext context, long limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
            return null;
        var sizeFeature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
            sizeFeature.MaxRequestBodySize = null; // we count ourselves, so the limit is ours, not Kestrel's 30 MB

        var present = request.ContentLength is not null || request.Headers.TransferEncoding.Count > 0;
        Stream target = new MemoryStream();
        var buffer = new byte[64 * 1024];
        long total = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
            {
                total += read;
                if (total > limit)
                {
                    await target.DisposeAsync();
                    return null;
                }
                if (target is MemoryStream memory && memory.Length + read > MemoryThreshold)
                    target = await SpillToFileAsync(memory);
                await target.WriteAsync(buffer.AsMemory(0, read), context.RequestAborted);
            }
        }
        catch
        {
            await target.DisposeAsync();
            throw;
        }
        target.Position = 0;
        return new RequestBodySpool(target, total, present);
    }

    private static async Task<Stream> SpillToFileAsync(MemoryStream memory)
    {
        var path = Path.GetTempFileName();
        var file = new FileStream(path, FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        // On Unix the name goes at once: the open handle keeps the bytes, and nothing is left behind even if the
        // process dies before the request ends (DeleteOnClose covers Windows).
        if (!OperatingSystem.IsWindows())
            File.Delete(path);
        memory.Position = 0;
        await memory.CopyToAsync(file);
        return file;
    }

    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
