using System.Buffers;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Responses;

/// <summary>
/// Reads the header block at the start of a script's stdout, incrementally: feed it what has arrived so far and
/// it decides as many lines as it can. Follows Apache 2.4's reading (conformance/gateway README, "Header/body
/// separation"); the tutorial-compatible mode adds one tolerance (see <see cref="CgiHeaderMode"/>).
/// The work is linear in the output (issue 7, item 9): each byte is examined once, however the output is cut into
/// pieces, because what was already seen of the undecided tail is remembered between calls; and the block is capped
/// in lines and bytes, past which it fails (the gateway answers 500 and logs why).
/// </summary>
public sealed partial class CgiHeaderScanner(CgiHeaderMode mode, int maxLines = CgiHeaderScanner.DefaultMaxLines, long maxBytes = CgiHeaderScanner.DefaultMaxBytes)
{
    /// <summary>Longest header line Apache accepts, CRs not counted (048 passes, 049 fails).</summary>
    public const int MaxLineBytes = 8189;

    public const int DefaultMaxLines = 1000;
    public const long DefaultMaxBytes = 128 * 1024;

    private readonly List<RawHeader> _headers = [];
    private bool _sawOutput;

    /// <summary>Tutorial mode: a header already followed a stray blank line, so print's extra newlines are separators.</summary>
    private bool _continuedAfterBlank;

    // Offsets into the buffer of the current call. Each call's buffer starts where the previous call's `consumed`
    // pointed, so they stay valid from call to call (and are shifted when consumed moves on).
    private long _lineStart;
    private long? _blankStart;
    private long _bodyStart;
    private long _committed;
    private PartialLine _partial;

    public IReadOnlyList<RawHeader> Headers => _headers;

    /// <summary>Bytes looked at so far, all calls together: the measure of the scanner's work (linear, tested).</summary>
    internal long BytesExamined { get; private set; }

    public CgiHeaderError? Error { get; private set; }

    /// <summary>
    /// Scans <paramref name="buffer"/> (everything not yet consumed). <paramref name="consumed"/> is where the
    /// decided input ends: on <see cref="HeaderScanStatus.Complete"/> it is the first body byte. On
    /// <see cref="HeaderScanStatus.NeedMoreData"/> the caller keeps the bytes after it and calls again with them
    /// and more.
    /// </summary>
    public HeaderScanStatus Scan(ReadOnlySequence<byte> buffer, bool isFinalBlock, out SequencePosition consumed)
    {
        consumed = buffer.Start;
        if (!buffer.IsEmpty)
            _sawOutput = true;

        while (true)
        {
            var unexamined = buffer.Slice(_lineStart + _partial.Examined);
            var newline = unexamined.PositionOf((byte)'\n');
            if (newline is null)
            {
                BytesExamined += unexamined.Length;
                _partial.Feed(unexamined);
                // After a stray blank line (tutorial mode) only a continuation header keeps the block open; a line that
                // cannot become one is body, whatever its length, so it is decided before the limits.
                if (_blankStart is not null && (isFinalBlock || !_partial.MayContinueBlock))
                {
                    // An unterminated last line is not a header line, nor is a partial line that already shows it
                    // cannot become one (so a script that prints a partial body line and then works for a while
                    // gets its headers sent at once): the blank line ended the block.
                    consumed = buffer.GetPosition(_bodyStart);
                    return HeaderScanStatus.Complete;
                }
                if (_partial.NonCr > MaxLineBytes)
                    return Fail(CgiHeaderErrorKind.LineTooLong, null);
                if (_committed + _lineStart + _partial.NonCr > maxBytes)
                    return Fail(CgiHeaderErrorKind.TooLarge, null);
                if (_blankStart is { } blank)
                    return Wait(buffer, blank, out consumed);
                if (!isFinalBlock)
                    return Wait(buffer, _lineStart, out consumed);
                // Output ended inside the header block. A last unterminated line is still judged, so a line
                // without a colon is reported as malformed (like Apache's line reader, which returns it at EOF).
                var last = CleanLine(buffer.Slice(_lineStart), out _);
                if (last.Length > 0 && last.IndexOf(':') < 0)
                    return Fail(CgiHeaderErrorKind.Malformed, last);
                return Fail(_sawOutput ? CgiHeaderErrorKind.PrematureEnd : CgiHeaderErrorKind.NoOutput, null);
            }

            var lineEnd = _lineStart + _partial.Examined + unexamined.Slice(0, newline.Value).Length;
            BytesExamined += lineEnd + 1 - _lineStart - _partial.Examined + (lineEnd - _lineStart);
            var text = CleanLine(buffer.Slice(_lineStart, lineEnd - _lineStart), out var lineLength);
            var lineStart = _lineStart;
            _lineStart = lineEnd + 1;
            _partial = default;

            // A line that is not empty only reads as empty when a NUL cuts it: after a stray blank that is body too
            // (binary data right after the headers must not wait for a newline to be sent).
            if (_blankStart is not null && lineLength > 0)
            {
                // Tutorial mode: a valid header after stray blank lines continues the block (setcookies.py,
                // download.py); anything else means the first blank line really ended it, and the body starts
                // right after that line, exactly where Apache would start it.
                if (!IsContinuationHeader(text))
                {
                    consumed = buffer.GetPosition(_bodyStart);
                    return HeaderScanStatus.Complete;
                }
                _blankStart = null;
                _continuedAfterBlank = true;
            }
            if (lineLength > MaxLineBytes)
                return Fail(CgiHeaderErrorKind.LineTooLong, null);
            if (_committed + _lineStart > maxBytes)
                return Fail(CgiHeaderErrorKind.TooLarge, null);

            if (text.Length == 0)
            {
                // RFC 3875 §6.2: the header block ends at the first blank line (LF or CRLF: 001–004).
                if (mode == CgiHeaderMode.Strict)
                {
                    consumed = buffer.GetPosition(_lineStart);
                    return HeaderScanStatus.Complete;
                }
                if (_blankStart is null)
                {
                    _blankStart = lineStart;
                    _bodyStart = _lineStart;
                }
                else if (_continuedAfterBlank)
                {
                    // A script that prints one header per print (download.py: "...\r\n\n" then print's "\n") ends
                    // its block with a run of blank lines; all of them are separators, so the download is exactly
                    // the file's bytes. Without stray blanks before, the body starts after the first blank (Apache).
                    _bodyStart = _lineStart;
                }
                continue;
            }

            var colon = text.IndexOf(':');
            if (colon < 0)
                return Fail(CgiHeaderErrorKind.Malformed, text);
            if (_headers.Count >= maxLines)
                return Fail(CgiHeaderErrorKind.TooManyLines, null);
            _headers.Add(new RawHeader(text[..colon], SkipLeadingSpace(text, colon + 1)));
        }
    }

    /// <summary>Asks for more data, keeping the bytes from <paramref name="keepFrom"/> on; offsets move with them.</summary>
    private HeaderScanStatus Wait(ReadOnlySequence<byte> buffer, long keepFrom, out SequencePosition consumed)
    {
        consumed = buffer.GetPosition(keepFrom);
        _committed += keepFrom;
        _lineStart -= keepFrom;
        _bodyStart -= keepFrom;
        if (_blankStart is { } blank)
            _blankStart = blank - keepFrom;
        return HeaderScanStatus.NeedMoreData;
    }

    private HeaderScanStatus Fail(CgiHeaderErrorKind kind, string? badLine)
    {
        Error = new CgiHeaderError(kind, badLine, maxLines, maxBytes);
        return HeaderScanStatus.Failed;
    }
}
