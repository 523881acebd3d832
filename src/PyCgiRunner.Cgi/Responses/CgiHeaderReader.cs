using System.IO.Pipelines;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Responses;

/// <summary>Reads the header block from the pipe the runner writes into, leaving the reader at the first body byte.</summary>
public static class CgiHeaderReader
{
    public sealed record Result(IReadOnlyList<RawHeader>? Headers, CgiHeaderError? Error);

    public static async Task<Result> ReadAsync(PipeReader reader, CgiHeaderMode mode, CancellationToken cancellationToken,
        int maxLines = CgiHeaderScanner.DefaultMaxLines, long maxBytes = CgiHeaderScanner.DefaultMaxBytes)
    {
        var scanner = new CgiHeaderScanner(mode, maxLines, maxBytes);
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            var status = scanner.Scan(buffer, read.IsCompleted, out var consumed);
            switch (status)
            {
                case HeaderScanStatus.Complete:
                    reader.AdvanceTo(consumed);
                    return new Result(scanner.Headers, null);
                case HeaderScanStatus.Failed:
                    reader.AdvanceTo(buffer.End);
                    return new Result(null, scanner.Error);
                default:
                    // Keep the undecided bytes; wait for more than we have examined.
                    reader.AdvanceTo(consumed, buffer.End);
                    break;
            }
        }
    }
}
