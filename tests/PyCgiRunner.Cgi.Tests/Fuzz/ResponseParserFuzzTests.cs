using Xunit.Abstractions;
using System.Buffers;
using CsCheck;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Tests.Fuzz;

/// <summary>
/// Property tests of the CGI response parser (issue 7, fuzzing): any bytes become a header block or a clear error,
/// never an exception; read whole or in any pieces they give the same answer; the work is linear in the output.
/// </summary>
public sealed class ResponseParserFuzzTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(CgiHeaderMode.TutorialCompatible)]
    [InlineData(CgiHeaderMode.Strict)]
    public void AnyOutput_WholeOrInPieces_SameAnswerLinearWork(CgiHeaderMode mode)
    {
        long executions = 0;
        CgiOutputGen.Output.Sample(sample =>
        {
            Interlocked.Increment(ref executions);
            var (bytes, chunks) = sample;
            var whole = CgiResponseParser.Parse(bytes, mode);
            FuzzBudget.KeepIfFailing(bytes, "response-" + mode, () => Check(bytes, chunks, mode, whole));
        }, time: FuzzBudget.Seconds, print: Show);
        FuzzBudget.Report(output, "response parser (" + mode + ")", executions);
    }

    private static void Check(byte[] bytes, int[] chunks, CgiHeaderMode mode, CgiResponseParser.Result whole)
    {
        {
            var (status, scanner, bodyStart) = ScanInPieces(bytes, chunks, mode);

            Assert.NotEqual(HeaderScanStatus.NeedMoreData, status);
            Assert.Equal(whole.Error?.Kind, scanner.Error?.Kind);
            if (whole.Block is not null)
            {
                Assert.Equal(HeaderScanStatus.Complete, status);
                Assert.Equal(whole.BodyOffset, bodyStart);
                Assert.InRange(whole.BodyOffset, 0, bytes.Length);
                var plan = whole.Plan!;
                Assert.InRange(plan.StatusCode, 100, 999);
                Assert.Equal(CgiHeaderBlock.From(scanner.Headers).Ordinary, whole.Block.Ordinary);
            }
            Assert.InRange(scanner.BytesExamined, 0, 3L * bytes.Length);
        }
    }

    private static string Show((byte[] Output, int[] Chunks) sample) =>
        "output \"" + string.Concat(System.Text.Encoding.Latin1.GetString(sample.Output).Select(c => c is >= ' ' and <= '~' && c != '\\' ? c.ToString() : $"\\x{(int)c:x2}"))
        + "\" in pieces of " + string.Join(",", sample.Chunks);

    /// <summary>What CgiHeaderReader does with a pipe: each call gets what is left after `consumed`, plus a new piece.</summary>
    private static (HeaderScanStatus, CgiHeaderScanner, long) ScanInPieces(byte[] bytes, int[] chunks, CgiHeaderMode mode)
    {
        var scanner = new CgiHeaderScanner(mode);
        long start = 0, end = 0;
        for (var i = 0; ; i++)
        {
            end = Math.Min(bytes.Length, end + chunks[i % chunks.Length]);
            var buffer = new ReadOnlySequence<byte>(bytes, (int)start, (int)(end - start));
            var status = scanner.Scan(buffer, end == bytes.Length, out var consumed);
            var used = buffer.Slice(0, consumed).Length;
            if (status != HeaderScanStatus.NeedMoreData || end == bytes.Length)
                return (status, scanner, start + used);
            start += used;
        }
    }
}
