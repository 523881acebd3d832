using System.Buffers;
using System.Text;

namespace PyCgiRunner.Cgi.Responses;

/// <summary>Line-level rules of the header block: cleaning a line, what may continue the block, partial lines.</summary>
public sealed partial class CgiHeaderScanner
{
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

    /// <summary>Whether a header name seen so far could still be one of <see cref="s_continuationNames"/>.</summary>
    private static bool CouldBeContinuationName(string prefix, bool complete)
    {
        foreach (var name in s_continuationNames)
        {
            if (complete ? name.Equals(prefix, StringComparison.OrdinalIgnoreCase) : name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }

    /// <summary>
    /// What is known of the line still being written, kept between calls so its bytes are examined once: its length
    /// without CRs, and what its start says (a token name, the colon after it) about whether it can be a header.
    /// </summary>
    private struct PartialLine
    {
        /// <summary>Longer than every continuation name: past it, a name without its colon yet cannot be one.</summary>
        private const int NameLimit = 32;

        public long Examined;
        public int NonCr;
        private bool _colon;
        private bool _cannotBeHeader;
        private string _name;

        /// <summary>Tutorial mode, after a stray blank: whether this line may still turn out a continuation header.</summary>
        public readonly bool MayContinueBlock =>
            !_cannotBeHeader && CouldBeContinuationName(_name ?? "", _colon);

        public void Feed(ReadOnlySequence<byte> bytes)
        {
            foreach (var segment in bytes)
            {
                foreach (var b in segment.Span)
                {
                    if (b == (byte)'\r')
                        continue;
                    NonCr++;
                    if (_colon || _cannotBeHeader)
                        continue;
                    if (b == (byte)':')
                        _colon = true;
                    else if (!HttpTokens.IsTokenChar((char)b) || (_name?.Length ?? 0) >= NameLimit)
                        _cannotBeHeader = true;
                    else
                        _name += (char)b;
                }
            }
            Examined += bytes.Length;
        }
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
                if (!cut && length <= MaxLineBytes + 1)
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
