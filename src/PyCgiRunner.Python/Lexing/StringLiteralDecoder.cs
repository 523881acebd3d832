using System.Globalization;
using System.Text;

namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// Decodes the body of a string literal (Python 2.7 reference §2.4.1, escape sequences table).
/// Byte strings keep one char per source byte. Unicode literals first decode the source bytes with the
/// declared encoding, then apply the unicode escapes (\u, \U, \N{} included); ur'' literals apply only
/// \u and \U, and only after an odd run of backslashes (CPython's raw-unicode-escape codec).
/// </summary>
internal static class StringLiteralDecoder
{
    public static string DecodeBytes(string body, bool raw)
    {
        if (raw || body.IndexOf('\\') < 0) return body;
        var sb = new StringBuilder(body.Length);
        for (int i = 0; i < body.Length; i++)
        {
            char c = body[i];
            if (c != '\\' || i + 1 >= body.Length) { sb.Append(c); continue; }
            char e = body[++i];
            switch (e)
            {
                case '\n': break;
                case 'x':
                    if (i + 2 < body.Length + 0 && IsHex(body, i + 1) && IsHex(body, i + 2))
                    {
                        sb.Append((char)((HexValue(body[i + 1]) << 4) | HexValue(body[i + 2])));
                        i += 2;
                    }
                    else
                    {
                        throw new LiteralError("ValueError", "invalid \\x escape");
                    }
                    break;
                case >= '0' and <= '7':
                    sb.Append((char)(ReadOctal(body, ref i) & 0xFF));
                    break;
                default:
                    char? simple = SimpleEscape(e);
                    if (simple.HasValue) sb.Append(simple.Value);
                    else sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    public static string DecodeUnicode(string body, bool raw, SourceEncoding encoding)
    {
        string text = DecodeSource(body, encoding);
        if (text.IndexOf('\\') < 0) return text;
        return raw ? RawUnicodeEscape(text) : UnicodeEscape(text);
    }

    /// <summary>Turns the literal's source bytes into UTF-16 per the PEP 263 declaration.</summary>
    public static string DecodeSource(string body, SourceEncoding encoding)
    {
        int firstHigh = -1;
        for (int i = 0; i < body.Length; i++) if (body[i] >= 0x80) { firstHigh = i; break; }
        if (firstHigh < 0 || encoding is SourceEncoding.Latin1 or SourceEncoding.Undeclared) return body;
        if (encoding == SourceEncoding.Ascii)
        {
            throw new LiteralError("SyntaxError",
                $"(unicode error) 'ascii' codec can't decode byte 0x{(int)body[firstHigh]:x2} in position {firstHigh}: ordinal not in range(128)");
        }
        byte[] bytes = new byte[body.Length];
        for (int i = 0; i < body.Length; i++) bytes[i] = (byte)body[i];
        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            int at = ex.Index >= 0 ? ex.Index : firstHigh;
            byte bad = ex.BytesUnknown is { Length: > 0 } unknown ? unknown[0] : bytes[at];
            string reason = bad >= 0x80 && bad < 0xC0 ? "invalid start byte" : "invalid continuation byte";
            throw new LiteralError("SyntaxError",
                $"(unicode error) 'utf8' codec can't decode byte 0x{bad:x2} in position {at}: {reason}");
        }
    }

    private static string UnicodeEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c != '\\' || i + 1 >= s.Length) { sb.Append(c); continue; }
            int start = i;
            char e = s[++i];
            switch (e)
            {
                case '\n': break;
                case 'x': AppendHex(sb, s, ref i, 2, start, "truncated \\xXX escape", "unicodeescape"); break;
                case 'u': AppendHex(sb, s, ref i, 4, start, "truncated \\uXXXX escape", "unicodeescape"); break;
                case 'U': AppendHex(sb, s, ref i, 8, start, "truncated \\UXXXXXXXX escape", "unicodeescape"); break;
                case 'N': AppendNamed(sb, s, ref i, start); break;
                case >= '0' and <= '7': sb.Append((char)ReadOctal(s, ref i)); break;
                default:
                    char? simple = SimpleEscape(e);
                    if (simple.HasValue) sb.Append(simple.Value);
                    else sb.Append('\\').Append(e);
                    break;
            }
        }
        return sb.ToString();
    }

    private static string RawUnicodeEscape(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] != '\\') { sb.Append(s[i]); continue; }
            int run = 0;
            while (i + run < s.Length && s[i + run] == '\\') run++;
            int next = i + run;
            bool escape = run % 2 == 1 && next < s.Length && (s[next] == 'u' || s[next] == 'U');
            sb.Append('\\', escape ? run - 1 : run);
            i = next - 1;
            if (!escape) continue;
            int start = next - 1;
            i = next;
            bool big = s[next] == 'U';
            AppendHex(sb, s, ref i, big ? 8 : 4, start, big ? "truncated \\UXXXXXXXX" : "truncated \\uXXXX", "rawunicodeescape");
        }
        return sb.ToString();
    }

    // i is at the escape letter; reads exactly `digits` hex digits after it.
    private static void AppendHex(StringBuilder sb, string s, ref int i, int digits, int start, string truncated, string codec)
    {
        int value = 0;
        int n = 0;
        while (n < digits && i + 1 < s.Length && IsHex(s, i + 1))
        {
            value = (value << 4) | HexValue(s[i + 1]);
            i++;
            n++;
        }
        if (n < digits) throw CodecError(codec, start, i, truncated);
        if (value > 0x10FFFF)
        {
            throw CodecError(codec, start, i, codec == "rawunicodeescape" ? "\\Uxxxxxxxx out of range" : "illegal Unicode character");
        }
        AppendCodePoint(sb, value);
    }

    private static void AppendNamed(StringBuilder sb, string s, ref int i, int start)
    {
        int close = i + 1 < s.Length && s[i + 1] == '{' ? s.IndexOf('}', i + 2) : -1;
        if (close < 0 || close == i + 2) throw CodecError("unicodeescape", start, Math.Min(i + 1, s.Length - 1), "malformed \\N character escape");
        if (!UnicodeNames.TryLookup(s[(i + 2)..close], out int cp)) throw CodecError("unicodeescape", start, close, "unknown Unicode character name");
        AppendCodePoint(sb, cp);
        i = close;
    }

    // A narrow (UTF-16) build, like the CPython that produced the corpora: astral chars become surrogate pairs.
    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    private static LiteralError CodecError(string codec, int start, int end, string reason) =>
        new("SyntaxError", $"(unicode error) '{codec}' codec can't decode bytes in position {start}-{end}: {reason}");

    // i is at the first octal digit; reads up to three.
    private static int ReadOctal(string s, ref int i)
    {
        int value = s[i] - '0';
        for (int n = 1; n < 3 && i + 1 < s.Length && s[i + 1] >= '0' && s[i + 1] <= '7'; n++)
        {
            value = value * 8 + (s[++i] - '0');
        }
        return value;
    }

    private static char? SimpleEscape(char e) => e switch
    {
        '\\' => '\\',
        '\'' => '\'',
        '"' => '"',
        'a' => '\a',
        'b' => '\b',
        'f' => '\f',
        'n' => '\n',
        'r' => '\r',
        't' => '\t',
        'v' => '\v',
        _ => null,
    };

    private static bool IsHex(string s, int i) => i < s.Length && s[i] < 128 && char.IsAsciiHexDigit(s[i]);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
