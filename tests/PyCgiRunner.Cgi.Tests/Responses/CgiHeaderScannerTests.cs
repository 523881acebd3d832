using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Tests.Responses;

/// <summary>Apache's header-reading rules one by one (conformance/gateway README), strict and tutorial.</summary>
public sealed class CgiHeaderScannerTests
{
    private static CgiResponseParser.Result Parse(string output, CgiHeaderMode mode = CgiHeaderMode.Strict) =>
        CgiResponseParser.Parse(Encoding.Latin1.GetBytes(output), mode);

    private static string Body(string output, CgiHeaderMode mode = CgiHeaderMode.Strict)
    {
        var result = Parse(output, mode);
        return output[result.BodyOffset..];
    }

    private static string[] Headers(string output, CgiHeaderMode mode = CgiHeaderMode.Strict) =>
        Parse(output, mode).Plan!.Headers.Select(h => $"{h.Key}: {h.Value}").ToArray();

    [Theory]
    [InlineData("Content-Type: text/plain\n\nbody", "body")]
    [InlineData("Content-Type: text/plain\r\n\r\nbody", "body")]
    [InlineData("Content-Type: text/plain\r\n\nbody", "body")]
    [InlineData("Content-Type: text/plain\n\r\nbody\r\n", "body\r\n")]
    public void BlankLine_LfOrCrlf_EndsHeaders(string output, string body) => Assert.Equal(body, Body(output));

    [Fact]
    public void TutorialHello_ExtraNewline_BecomesFirstBodyByte() =>
        Assert.Equal("\n<html>", Body("Content-type:text/html\r\n\r\n\n<html>"));

    [Fact]
    public void CrInsideValue_Deleted() => Assert.Contains("X-Stray: ab", Headers("X-Stray: a\rb\r\n\r\n"));

    [Fact]
    public void CrCrLf_OrdinaryLineEnd() => Assert.Equal(["X-After: 1", "Content-Type: text/plain"], Headers("Content-Type: text/plain\r\r\nX-After: 1\r\n\r\n"));

    [Fact]
    public void TrailingWhitespace_TrimmedFromContentTypeOnly() =>
        Assert.Equal(["X-Trail: value  \t", "Content-Type: text/plain"], Headers("Content-Type: text/plain  \t\r\nX-Trail: value  \t\r\n\r\n"));

    [Fact]
    public void LeadingWhitespace_AfterColon_Skipped() =>
        Assert.Equal(["X-Lead: spaced out", "Content-Type: text/plain"], Headers("Content-Type:\t  text/plain\r\nX-Lead:     spaced out\r\n\r\n"));

    [Fact]
    public void ContentType_AnyCase_SentCanonicalWithLowerMediaType() =>
        Assert.Equal(["Content-Type: text/html; Charset=UTF-8"], Headers("CONTENT-TYPE: Text/HTML; Charset=UTF-8\n\n"));

    [Fact]
    public void Nul_CutsValue() => Assert.Equal(["X-Nul: ab"], Headers("X-Nul: ab\0cd\r\n\r\n"));

    [Fact]
    public void HighBytes_PassUnchanged() => Assert.Equal(["X-High: caf\u00c3\u00a9 \u00ff"], Headers("X-High: caf\u00c3\u00a9 \u00ff\r\n\r\n"));

    [Fact]
    public void EmptyValue_SentEmpty() => Assert.Equal(["X-Empty: ", "X-Blank: "], Headers("X-Empty:\r\nX-Blank:   \r\n\r\n"));

    [Theory]
    [InlineData("Content-Type: text/plain\r\nX-Folded: first\r\n  continued\r\n\r\nbody")]
    [InlineData("Content-Type: text/plain\r\n \r\nbody")]
    [InlineData("Hello world\n")]
    [InlineData("Content-Type: text/plain\r\nthis is not a header\r\n\r\nbody")]
    public void LineWithoutColon_Malformed(string output) => Assert.Equal(CgiHeaderErrorKind.Malformed, Parse(output).Error!.Kind);

    [Fact]
    public void EofBeforeBlankLine_PrematureEnd() => Assert.Equal(CgiHeaderErrorKind.PrematureEnd, Parse("Content-Type: text/plain\r\nX-A: 1\r\n").Error!.Kind);

    [Fact]
    public void EmptyOutput_NoOutput() => Assert.Equal(CgiHeaderErrorKind.NoOutput, Parse("").Error!.Kind);

    [Theory]
    [InlineData(8189, true)]
    [InlineData(8190, false)]
    public void HeaderLine_LengthLimit8189_CrNotCounted(int length, bool ok)
    {
        var line = "X-Long: " + new string('a', length - 8);
        var result = Parse(line + "\r\n\r\nbody");
        Assert.Equal(ok, result.Error is null);
        if (!ok)
            Assert.Equal(CgiHeaderErrorKind.LineTooLong, result.Error!.Kind);
        Assert.Equal(ok, Parse(line + "\n\nbody").Error is null);
    }

    [Fact]
    public void BlankFirstLine_NoHeaders_Status200() => Assert.Empty(Parse("\r\nbody with no headers").Plan!.Headers);

    [Fact]
    public void RepeatedHeaders_MergedExceptSetCookie() =>
        Assert.Equal(["X-Custom: one, two", "X-Other: between", "Set-Cookie: a=1", "Set-Cookie: b=2"],
            Headers("X-Custom: one\nSet-Cookie: a=1\nX-Other: between\nx-custom: two\nSet-Cookie: b=2\n\n"));

    [Fact]
    public void CgitbPrelude_PseudoHeaderDropped_BothModes()
    {
        const string output = "<!--: spam\nContent-Type: text/html\n\n<body>";
        foreach (var mode in new[] { CgiHeaderMode.Strict, CgiHeaderMode.TutorialCompatible })
        {
            Assert.Equal(["Content-Type: text/html"], Headers(output, mode));
            Assert.Equal("<body>", Body(output, mode));
        }
    }

    [Fact]
    public void StrayBlankLines_Strict_FirstBlankEndsHeaders()
    {
        const string output = "Set-Cookie:a=1\r\n\nSet-Cookie:b=2\r\n\nContent-type:text/html\r\n\r\n\n<html>";
        Assert.Equal(["Set-Cookie: a=1"], Headers(output));
        Assert.StartsWith("Set-Cookie:b=2", Body(output));
    }

    [Fact]
    public void StrayBlankLines_Tutorial_HeadersContinue()
    {
        const string output = "Set-Cookie:a=1\r\n\nSet-Cookie:b=2\r\n\n\nContent-type:text/html\r\n\r\n\n<html>";
        Assert.Equal(["Set-Cookie: a=1", "Set-Cookie: b=2", "Content-Type: text/html"], Headers(output, CgiHeaderMode.TutorialCompatible));
        // The block was continued past stray blanks, so the whole closing run of blank lines is separator.
        Assert.Equal("<html>", Body(output, CgiHeaderMode.TutorialCompatible));
    }

    [Theory]
    [InlineData("Content-Type: text/plain\n\nplain body line\n")]
    [InlineData("Content-Type: text/plain\n\nNot a header : spaces\n")]
    [InlineData("Content-Type: text/plain\n\n")]
    [InlineData("Content-Type: text/plain\n\nX-Unterminated: at eof")]
    public void Tutorial_BlankThenNonHeader_BodyAsApache(string output) =>
        Assert.Equal(Body(output), Body(output, CgiHeaderMode.TutorialCompatible));

    [Theory]
    [InlineData("ZARA: hello")]
    [InlineData("X-Note: not a tutorial header")]
    public void TutorialMode_BodyLineThatLooksLikeAHeader_StaysBody(string firstBodyLine)
    {
        var output = "Content-Type: text/plain\n\n" + firstBodyLine + "\nALI: bye\n";
        Assert.Equal(firstBodyLine + "\nALI: bye\n", Body(output, CgiHeaderMode.TutorialCompatible));
    }

    [Fact]
    public async Task Reader_OneByteAtATime_SameAsWholeBuffer()
    {
        const string output = "Set-Cookie:a=1\r\n\nCache-Control: no-cache\r\n\r\n\nbody bytes\r\n";
        var pipe = new Pipe();
        var read = CgiHeaderReader.ReadAsync(pipe.Reader, CgiHeaderMode.TutorialCompatible, CancellationToken.None);
        foreach (var b in Encoding.Latin1.GetBytes(output))
        {
            await pipe.Writer.WriteAsync(new[] { b });
            await Task.Yield();
        }
        await pipe.Writer.CompleteAsync();
        var result = await read;
        Assert.Equal(["Set-Cookie: a=1", "Cache-Control: no-cache"], result.Headers!.Select(h => $"{h.Name}: {h.Value}"));
        var rest = await pipe.Reader.ReadAsync();
        while (!rest.IsCompleted)
        {
            pipe.Reader.AdvanceTo(rest.Buffer.Start, rest.Buffer.End);
            rest = await pipe.Reader.ReadAsync();
        }
        Assert.Equal("body bytes\r\n", Encoding.Latin1.GetString(rest.Buffer.ToArray()));
    }

    [Theory]
    [InlineData("first part", HeaderScanStatus.Complete)]
    [InlineData("<html>", HeaderScanStatus.Complete)]
    [InlineData("Set-Cook", HeaderScanStatus.NeedMoreData)]
    [InlineData("Set-Cookie: a", HeaderScanStatus.NeedMoreData)]
    public void Tutorial_PartialLineAfterBlank_DecidedAsSoonAsItCannotBeAHeader(string partial, HeaderScanStatus expected)
    {
        var scanner = new CgiHeaderScanner(CgiHeaderMode.TutorialCompatible);
        var status = scanner.Scan(new ReadOnlySequence<byte>(Encoding.Latin1.GetBytes("Content-Type: text/plain\n\n" + partial)), false, out _);
        Assert.Equal(expected, status);
    }
}
