using System.Buffers;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Responses;

/// <summary>The whole-buffer form of the header reading, for output that is already complete (tests, <c>pycgi cgi</c>).</summary>
public static class CgiResponseParser
{
    public sealed record Result(CgiHeaderBlock? Block, CgiHeaderError? Error, int BodyOffset)
    {
        public CgiResponsePlan? Plan => Block is null ? null : CgiResponsePlanner.Plan(Block);
    }

    public static Result Parse(ReadOnlyMemory<byte> output, CgiHeaderMode mode)
    {
        var scanner = new CgiHeaderScanner(mode);
        var sequence = new ReadOnlySequence<byte>(output);
        var status = scanner.Scan(sequence, isFinalBlock: true, out var consumed);
        return status == HeaderScanStatus.Complete
            ? new Result(CgiHeaderBlock.From(scanner.Headers), null, (int)sequence.Slice(0, consumed).Length)
            : new Result(null, scanner.Error, 0);
    }
}
