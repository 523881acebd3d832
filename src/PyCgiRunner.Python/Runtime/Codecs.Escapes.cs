using System.Globalization;
using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The escape codecs of Python 2.7 (library reference §7.8.4 "Python Specific Encodings"): unicode_escape and
/// raw_unicode_escape (unicode ⇄ str), string_escape (str ⇄ str).
/// </summary>
public static partial class Codecs
{
    /// <summary>unicode_escape: like a unicode literal's body (quotes left alone); raw: only non-Latin-1 escaped.</summary>
    public static string EncodeUnicodeEscape(string text, bool raw)
    {
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int c = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append($"\\U{char.ConvertToUtf32(text[i], text[++i]):x8}");
                continue;
            }
            if (c >= 0x100) { sb.Append($"\\u{c:x4}"); continue; }
            if (raw) { sb.Append((char)c); continue; }
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c >= 0x7f) sb.Append($"\\x{c:x2}");
                    else sb.Append((char)c);
                    break;
            }
        }
        return sb.ToString();
    }

    public static string DecodeUnicodeEscape(string bytes, string errors, bool raw)
    {
        var codec = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var c = bytes[i];
            if (c != '\\') { sb.Append(c); i++; continue; }
            if (raw)
            {
                // Only \u and \U after an odd run of backslashes are escapes.
                var run = 0;
                while (i + run < bytes.Length && bytes[i + run] == '\\') run++;
                var next = i + run < bytes.Length ? bytes[i + run] : '\0';
                if (run % 2 == 0 || next is not ('u' or 'U'))
                {
                    sb.Append('\\', run);
                    i += run;
                    continue;
                }
                sb.Append('\\', run - 1);
                i += run - 1;
                HexEscape(bytes, ref i, next == 'u' ? 4 : 8, sb, errors, codec, next == 'u' ? "truncated \\uXXXX" : "truncated \\UXXXXXXXX");
                continue;
            }
            if (i + 1 >= bytes.Length)
            {
                Fail(i, bytes.Length, "\\ at end of string");
                i = bytes.Length;
                continue;
            }
            var e = bytes[i + 1];
            switch (e)
            {
                case '\n': i += 2; continue;
                case '\\': sb.Append('\\'); i += 2; continue;
                case '\'': sb.Append('\''); i += 2; continue;
                case '"': sb.Append('"'); i += 2; continue;
                case 'a': sb.Append('\a'); i += 2; continue;
                case 'b': sb.Append('\b'); i += 2; continue;
                case 'f': sb.Append('\f'); i += 2; continue;
                case 'n': sb.Append('\n'); i += 2; continue;
                case 'r': sb.Append('\r'); i += 2; continue;
                case 't': sb.Append('\t'); i += 2; continue;
                case 'v': sb.Append('\v'); i += 2; continue;
                case 'x': HexEscape(bytes, ref i, 2, sb, errors, codec, "truncated \\xXX escape"); continue;
                case 'u': HexEscape(bytes, ref i, 4, sb, errors, codec, "truncated \\uXXXX escape"); continue;
                case 'U': HexEscape(bytes, ref i, 8, sb, errors, codec, "truncated \\UXXXXXXXX escape"); continue;
                case 'N':
                    {
                        var close = bytes.IndexOf('}', i);
                        Fail(i, close < 0 || bytes.Length <= i + 2 || bytes[i + 2] != '{' ? bytes.Length : close + 1, "unknown Unicode character name");
                        i = close < 0 ? bytes.Length : close + 1;
                        continue;
                    }
            }
            if (e is >= '0' and <= '7')
            {
                var v = 0;
                var j = i + 1;
                while (j < bytes.Length && j < i + 4 && bytes[j] is >= '0' and <= '7') v = v * 8 + (bytes[j++] - '0');
                sb.Append((char)v);
                i = j;
                continue;
            }
            sb.Append('\\').Append(e);
            i += 2;
        }
        return sb.ToString();

        void Fail(int start, int end, string reason)
        {
            // The escape decoders resume where the bad escape ends, whatever position a handler returns.
            sb.Append(CodecErrors.OnDecodeError(errors, codec, bytes, start, end, reason).Replacement);
        }
    }

    /// <summary>Reads \xXX, \uXXXX or \UXXXXXXXX at i (i points at the backslash); false when it was malformed.</summary>
    private static bool HexEscape(string bytes, ref int i, int digits, StringBuilder sb, string errors, string codec, string reason)
    {
        var start = i;
        var j = i + 2;
        var v = 0L;
        var n = 0;
        while (n < digits && j < bytes.Length && char.IsAsciiHexDigit(bytes[j]))
        {
            v = v * 16 + int.Parse(bytes[j].ToString(), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            j++;
            n++;
        }
        if (n < digits)
        {
            i = j;
            return Handle(start, j, reason);
        }
        i = j;
        if (v > 0x10FFFF) return Handle(start, j, "illegal Unicode character");
        if (v < 0x10000) sb.Append((char)v);
        else sb.Append(char.ConvertFromUtf32((int)v));
        return true;

        bool Handle(int s, int e, string why)
        {
            sb.Append(CodecErrors.OnDecodeError(errors, codec, bytes, s, e, why).Replacement);
            return false;
        }
    }

    /// <summary>string_escape encode: the body of repr(str) with single quotes escaped.</summary>
    public static string EncodeStringEscape(string bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        foreach (var c in bytes)
        {
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\'': sb.Append("\\'"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c >= 0x7f) sb.Append($"\\x{(int)c:x2}");
                    else sb.Append(c);
                    break;
            }
        }
        return sb.ToString();
    }

    /// <summary>string_escape decode: the escapes of a str literal; unknown escapes stay as written.</summary>
    public static string DecodeStringEscape(string bytes, string errors)
    {
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var c = bytes[i];
            if (c != '\\') { sb.Append(c); i++; continue; }
            if (i + 1 >= bytes.Length) throw PyErr.ValueError("Trailing \\ in string");
            var e = bytes[i + 1];
            i += 2;
            switch (e)
            {
                case '\n': continue;
                case '\\': sb.Append('\\'); continue;
                case '\'': sb.Append('\''); continue;
                case '"': sb.Append('"'); continue;
                case 'a': sb.Append('\a'); continue;
                case 'b': sb.Append('\b'); continue;
                case 'f': sb.Append('\f'); continue;
                case 'n': sb.Append('\n'); continue;
                case 'r': sb.Append('\r'); continue;
                case 't': sb.Append('\t'); continue;
                case 'v': sb.Append('\v'); continue;
                case 'x':
                    if (i + 1 < bytes.Length && char.IsAsciiHexDigit(bytes[i]) && char.IsAsciiHexDigit(bytes[i + 1]))
                    {
                        sb.Append((char)Convert.ToInt32(bytes.Substring(i, 2), 16));
                        i += 2;
                        continue;
                    }
                    switch (errors)
                    {
                        case "strict": throw PyErr.ValueError("invalid \\x escape");
                        case "replace": sb.Append('?'); break;
                        case "ignore": break;
                        default: throw PyErr.ValueError($"decoding error; unknown error handling code: {errors}");
                    }
                    var limit = i + 2;
                    while (i < bytes.Length && i < limit && char.IsAsciiHexDigit(bytes[i])) i++;
                    continue;
            }
            if (e is >= '0' and <= '7')
            {
                var v = e - '0';
                var n = 1;
                while (n < 3 && i < bytes.Length && bytes[i] is >= '0' and <= '7') { v = v * 8 + (bytes[i++] - '0'); n++; }
                sb.Append((char)(v & 0xFF));
                continue;
            }
            sb.Append('\\').Append(e);
        }
        return sb.ToString();
    }
}
