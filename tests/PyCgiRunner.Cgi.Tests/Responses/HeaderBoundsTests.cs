using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Tests.Responses;

/// <summary>
/// The gateway's own cost of reading a header block is bounded (issue 7, item 9): capped in lines and bytes, and
/// linear in the output however it is cut into pieces (measured in bytes examined, not in time).
/// </summary>
public sealed class HeaderBoundsTests
{
    private static CgiResponseParser.Result Parse(string output, CgiHeaderMode mode = CgiHeaderMode.TutorialCompatible) =>
        CgiResponseParser.Parse(Encoding.Latin1.GetBytes(output), mode);

    [Fact]
    public void HundredThousandHeaderLines_TooManyLinesError()
    {
        var output = "Content-Type: text/plain\n" + string.Concat(Enumerable.Range(0, 100_000).Select(i => $"X-H{i}: v\n")) + "\nbody";

        var error = Parse(output).Error;

        Assert.Equal(CgiHeaderErrorKind.TooManyLines, error!.Kind);
        Assert.Contains("Too many header lines from script (the limit is 1000)", error.Describe());
    }

    [Fact]
    public void ThousandHeaderLines_AtTheLimit_Accepted()
    {
        var output = string.Concat(Enumerable.Range(0, CgiHeaderScanner.DefaultMaxLines).Select(i => $"X-H{i}: v\n")) + "\nbody";

        Assert.Equal(CgiHeaderScanner.DefaultMaxLines, Parse(output, CgiHeaderMode.Strict).Plan!.Headers.Count);
    }

    [Fact]
    public void LongLinesPastTheByteCap_TooLargeError()
    {
        var line = "X-Big: " + new string('a', 8000) + "\n";
        var output = string.Concat(Enumerable.Repeat(line, 20)) + "\nbody";

        Assert.Equal(CgiHeaderErrorKind.TooLarge, Parse(output).Error!.Kind);
    }

    [Fact]
    public void EndlessBlankLinesAfterStrayHeader_TooLargeError()
    {
        // Tutorial mode keeps reading after a stray blank line; a run of blanks must not be read forever.
        var output = "Set-Cookie: a=1\n\nSet-Cookie: b=2\n" + new string('\n', 1_000_000) + "Content-Type: text/plain\n\nbody";

        Assert.Equal(CgiHeaderErrorKind.TooLarge, Parse(output).Error!.Kind);
    }

    [Fact]
    public void RepeatedCookiesAndHeaders_MergedInOrder()
    {
        var output = string.Concat(Enumerable.Range(0, 500).Select(i => $"Set-Cookie: c{i}=1\nX-Same: {i}\n")) + "\n";

        var plan = Parse(output, CgiHeaderMode.Strict).Plan!;

        Assert.Equal(500, plan.Headers.Count(h => h.Key == "Set-Cookie"));
        Assert.Equal(string.Join(", ", Enumerable.Range(0, 500)), plan.Headers.Single(h => h.Key == "X-Same").Value);
    }

    [Theory]
    [InlineData(CgiHeaderMode.TutorialCompatible)]
    [InlineData(CgiHeaderMode.Strict)]
    public void OneByteAtATime_WorkIsLinear(CgiHeaderMode mode)
    {
        // Stray blank lines (undecided in tutorial mode), a long header line, then the end: fed one byte per call,
        // as a script flushing after every byte would deliver them.
        var output = Encoding.Latin1.GetBytes("Set-Cookie: a=1\n\nSet-Cookie: b=2\n" + new string('\n', 20_000) +
            "X-Long: " + new string('x', 8000) + "\nContent-Type: text/plain\n\nbody");
        var scanner = new CgiHeaderScanner(mode);
        var kept = new List<byte>();
        var status = HeaderScanStatus.NeedMoreData;
        for (var i = 0; i < output.Length && status == HeaderScanStatus.NeedMoreData; i++)
        {
            kept.Add(output[i]);
            var buffer = new ReadOnlySequence<byte>(kept.ToArray());
            status = scanner.Scan(buffer, i == output.Length - 1, out var consumed);
            kept.RemoveRange(0, (int)buffer.Slice(0, consumed).Length);
        }

        Assert.NotEqual(HeaderScanStatus.NeedMoreData, status);
        Assert.InRange(scanner.BytesExamined, 1, 3L * output.Length);
    }

    [Fact]
    public async Task Reader_ManyHeadersThroughThePipe_FailsWithTheCapsGiven()
    {
        var pipe = new Pipe();
        var read = CgiHeaderReader.ReadAsync(pipe.Reader, CgiHeaderMode.Strict, CancellationToken.None, maxLines: 10, maxBytes: 1000);
        for (var i = 0; i < 50; i++)
            await pipe.Writer.WriteAsync(Encoding.Latin1.GetBytes($"X-H{i}: v\n"));
        await pipe.Writer.CompleteAsync();

        var result = await read;

        Assert.Null(result.Headers);
        Assert.Equal(CgiHeaderErrorKind.TooManyLines, result.Error!.Kind);
        Assert.Contains("the limit is 10", result.Error.Describe());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void BinaryBodyStartingWithNul_TutorialMode_BodyAtOnceWhateverItsLength(bool complete)
    {
        // A download: no newline for a long while, NUL first. It is body, not a too-long header line.
        var head = "Content-Type: application/octet-stream\n\n";
        var bytes = Encoding.Latin1.GetBytes(head + "\0" + new string('\u00ff', 9000) + (complete ? "\n" : ""));
        var scanner = new CgiHeaderScanner(CgiHeaderMode.TutorialCompatible);

        var status = scanner.Scan(new ReadOnlySequence<byte>(bytes), isFinalBlock: false, out var consumed);

        Assert.Equal(HeaderScanStatus.Complete, status);
        Assert.Equal(head.Length, new ReadOnlySequence<byte>(bytes).Slice(0, consumed).Length);
    }
}
