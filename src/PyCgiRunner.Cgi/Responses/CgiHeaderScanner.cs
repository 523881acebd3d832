using System.Buffers;
using System.Text;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Responses;

/// <summary>
/// Reads the header block at the start of a script's stdout, incrementally: feed it what has arrived so far and
/// it decides as many lines as it can. Follows Apache 2.4's reading (conformance/gateway README, "Header/body
/// separation"); the tutorial-compatible mode adds one tolerance (see <see cref="CgiHeaderMode"/>).
/// </summary>
public sealed class CgiHeaderScanner(CgiHeaderMode mode)
{
    /// <summary>Longest header line Apache accepts, CRs not counted (048 passes, 049 fails).</summary>
    public const int MaxLineBytes = 8189;

    private readonly List<RawHeader> _headers = [];
    private bool _sawOutput;

    /// <summary>Tutorial mode: a header already followed a stray blank line, so print's extra newlines are separators.</summary>
    private bool _continuedAfterBlank;

    public IReadOnlyList<RawHeader> Headers => _headers;

    public CgiHeaderError? Error { get; private set; }

    /// <summary>
    /// Scans <paramref name="buffer"/> (everything not yet consumed). <paramref name="consumed"/> is where the
    /// decided input ends: on <see cref="HeaderScanStatus.Complete"/> it is the first body byte. On
    /// <see cref="HeaderScanStatus.NeedMoreData"/> the caller keeps the bytes after it and calls again with more.
    /// </summary>
    public HeaderScanStatus Scan(ReadOnlySequence<byte> buffer, bool isFinalBlock, out SequencePosition consumed)
    {
        var reader = new SequenceReader<byte>(buffer);
        consumed = buffer.Start;
        if (!buffer.IsEmpty)
            _sawOutput = true;

        // Tutorial mode: the first blank line seen and not yet decided (is it the end, or a stray line between headers?).
        SequencePosition? pendingBlankStart = null;
        SequencePosition pendingBodyStart = default;

        while (true)
        {
            var lineStart = reader.Position;
            if (!reader.TryReadTo(out ReadOnlySequence<byte> line, (byte)'\n'))
            {
                var rest = buffer.Slice(lineStart);
                if (CountNonCr(rest) > MaxLineBytes)
                    return Fail(CgiHeaderErrorKind.LineTooLong, null);
                if (pendingBlankStart is { } blank)
                {
                    if (!isFinalBlock && CouldStartHeader(rest))
                    {
                        consumed = blank;
                        return HeaderScanStatus.NeedMoreData;
                    }
                    // An unterminated last line is not a header line, nor is a partial line that already shows it
                    // cannot become one (so a script that prints a partial body line and then works for a while
                    // gets its headers sent at once): the blank line ended the block.
                    consumed = pendingBodyStart;
                    return HeaderScanStatus.Complete;
                }
                consumed = lineStart;
                if (!isFinalBlock)
                    return HeaderScanStatus.NeedMoreData;
                // Output ended inside the header block. A last unterminated line is still judged, so a line
                // without a colon is reported as malformed (like Apache's line reader, which returns it at EOF).
                var last = CleanLine(rest, out _);
                if (last.Length > 0 && last.IndexOf(':') < 0)
                    return Fail(CgiHeaderErrorKind.Malformed, last);
                return Fail(_sawOutput ? CgiHeaderErrorKind.PrematureEnd : CgiHeaderErrorKind.NoOutput, null);
            }

            var text = CleanLine(line, out var lineLength);
            if (lineLength > MaxLineBytes)
                return Fail(CgiHeaderErrorKind.LineTooLong, null);

            if (text.Length == 0)
            {
                // RFC 3875 §6.2: the header block ends at the first blank line (LF or CRLF: 001–004).
                if (mode == CgiHeaderMode.Strict)
                {
                    consumed = reader.Position;
                    return HeaderScanStatus.Complete;
                }
                if (pendingBlankStart is null)
                {
                    pendingBlankStart = lineStart;
                    pendingBodyStart = reader.Position;
                }
                else if (_continuedAfterBlank)
                {
                    // A script that prints one header per print (download.py: "...\r\n\n" then print's "\n") ends
                    // its block with a run of blank lines; all of them are separators, so the download is exactly
                    // the file's bytes. Without stray blanks before, the body starts after the first blank (Apache).
                    pendingBodyStart = reader.Position;
                }
                continue;
            }

            if (pendingBlankStart is not null)
            {
                // Tutorial mode: a valid header after stray blank lines continues the block (setcookies.py,
                // download.py); anything else means the first blank line really ended it, and the body starts
                // right after that line, exactly where Apache would start it.
                if (!IsContinuationHeader(text))
                {
                    consumed = pendingBodyStart;
                    return HeaderScanStatus.Complete;
                }
                pendingBlankStart = null;
                _continuedAfterBlank = true;
            }

            var colon = text.IndexOf(':');
            if (colon < 0)
                return Fail(CgiHeaderErrorKind.Malformed, text);
            _headers.Add(new RawHeader(text[..colon], SkipLeadingSpace(text, colon + 1)));
            consumed = reader.Position;
        }
    }

    /// <summary>
    /// Response headers that tutorial scripts print after a stray blank line. Only these continue the header
    /// block: a body that merely looks like "Name: value" (a text/plain page of "ZARA: hello" lines) stays body.
    /// </summary>
    private static readonly HashSet<string> s_continuationNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Type", "Content-Disposition", "Content-Length", "Content-Encoding", "Content-Language", "Set-Cookie",
        "Location", "Status", "Cache-Control", "Expires", "Pragma", "Last-Modified", "Refresh", "Vary", "ETag",
    };

    /// <summary>A header line that may continue the block after a stray blank line in tutorial mode.</summary>
    public static bool IsContinuationHeader(string text)
        => IsValidHeaderLine(text) && s_continuationNames.Contains(text[..text.IndexOf(':')].Trim());

    /// <summary>A syntactically valid header line: <c>Name: value</c> with a token name.</summary>
    public static bool IsValidHeaderLine(string text)
    {
        var colon = text.IndexOf(':');
        return colon > 0 && HttpTokens.IsToken(text.AsSpan(0, colon));
    }

    /// <summary>Whether the start of a line seen so far could still become <c>Name: value</c>.</summary>
    private static bool CouldStartHeader(ReadOnlySequence<byte> partial)
    {
        foreach (var segment in partial)
        {
            foreach (var b in segment.Span)
            {
                if (b == (byte)':')
                    return true;
                if (b != (byte)'\r' && !HttpTokens.IsTokenChar((char)b))
                    return false;
            }
        }
        return true;
    }

    private HeaderScanStatus Fail(CgiHeaderErrorKind kind, string? badLine)
    {
        Error = new CgiHeaderError(kind, badLine);
        return HeaderScanStatus.Failed;
    }

    private static int CountNonCr(ReadOnlySequence<byte> bytes)
    {
        var count = 0;
        foreach (var segment in bytes)
        {
            foreach (var b in segment.Span)
            {
                if (b != (byte)'\r')
                    count++;
            }
        }
        return count;
    }

    /// <summary>
    /// Apache deletes every CR in a header line, not only the one before LF (007, 008), and its C string stops at
    /// a NUL (018). <paramref name="length"/> is the line's length without CRs, before the NUL cut, for the limit.
    /// </summary>
    private static string CleanLine(ReadOnlySequence<byte> line, out int length)
    {
        var builder = new StringBuilder((int)Math.Min(line.Length, MaxLineBytes + 1));
        length = 0;
        var cut = false;
        foreach (var segment in line)
        {
            foreach (var b in segment.Span)
            {
                if (b == (byte)'\r')
                    continue;
                length++;
                if (b == 0)
                    cut = true;
                if (!cut)
                    builder.Append((char)b);
            }
        }
        return builder.ToString();
    }

    /// <summary>Whitespace after the colon is skipped (005, 010); C's isspace set.</summary>
    private static string SkipLeadingSpace(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] is ' ' or '\t' or '\v' or '\f')
            i++;
        return text[i..];
    }
}
