using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>UTF-8 as CPython 2.7.18 decodes it (error spans, surrogate code points accepted) and encodes it.</summary>
public static partial class Codecs
{
    /// <summary>
    /// Decodes UTF-8; when not final, a sequence cut off at the end is left unconsumed for the next call
    /// (incremental decoders). Error spans follow PyUnicode_DecodeUTF8Stateful: a bad lead byte alone, a bad
    /// continuation with the valid bytes before it.
    /// </summary>
    public static (string Text, int Consumed) DecodeUtf8(string bytes, string errors, bool final)
    {
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            int b = bytes[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            var length = b switch { >= 0xC2 and <= 0xDF => 2, >= 0xE0 and <= 0xEF => 3, >= 0xF0 and <= 0xF4 => 4, _ => 0 };
            int end;
            string reason;
            if (length == 0) { end = i + 1; reason = "invalid start byte"; }
            else if (i + length > bytes.Length)
            {
                if (!final) break;
                end = i + 1;
                while (end < bytes.Length && IsContinuation(bytes[end])) end++;
                reason = "unexpected end of data";
            }
            else if (BadContinuation(bytes, i, length) is var bad && bad > 0) { end = i + bad; reason = "invalid continuation byte"; }
            else
            {
                AppendCodePoint(sb, CodePoint(bytes, i, length));
                i += length;
                continue;
            }
            var (replacement, resume) = CodecErrors.OnDecodeError(errors, "utf8", bytes, i, end, reason);
            sb.Append(replacement);
            i = resume;
        }
        return (sb.ToString(), i);
    }

    private static bool IsContinuation(char c) => (c & 0xC0) == 0x80;

    // 0 when the sequence at i is well formed, else the length of its error span as CPython 2.7.18 counts it: the
    // lead byte, plus the second byte when it is a continuation byte, plus (4-byte forms) the third likewise. E0 and
    // F0/F4 restrict their second byte (no overlong forms, nothing past U+10FFFF); encoded surrogates are accepted.
    private static int BadContinuation(string bytes, int i, int length)
    {
        var lead = bytes[i];
        var second = bytes[i + 1];
        var wellFormed = (lead != 0xE0 || second >= 0xA0) && (lead != 0xF0 || second >= 0x90) && (lead != 0xF4 || second <= 0x8F);
        for (var k = 1; k < length && wellFormed; k++) wellFormed = IsContinuation(bytes[i + k]);
        if (wellFormed) return 0;
        if (!IsContinuation(second)) return 1;
        return length == 4 && IsContinuation(bytes[i + 2]) ? 3 : 2;
    }

    private static int CodePoint(string bytes, int i, int length)
    {
        var cp = bytes[i] & (0xFF >> (length + 1));
        for (var k = 1; k < length; k++) cp = (cp << 6) | (bytes[i + k] & 0x3F);
        return cp;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>UTF-8 of text; surrogate pairs become one code point, lone surrogates are encoded as CPython 2 does.</summary>
    public static string EncodeUtf8(string text)
    {
        var i = 0;
        while (i < text.Length && text[i] < 0x80) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length + 16);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            if (cp < 0x80) sb.Append((char)cp);
            else if (cp < 0x800) sb.Append((char)(0xC0 | (cp >> 6))).Append((char)(0x80 | (cp & 0x3F)));
            else if (cp < 0x10000)
                sb.Append((char)(0xE0 | (cp >> 12))).Append((char)(0x80 | ((cp >> 6) & 0x3F))).Append((char)(0x80 | (cp & 0x3F)));
            else
                sb.Append((char)(0xF0 | (cp >> 18))).Append((char)(0x80 | ((cp >> 12) & 0x3F)))
                    .Append((char)(0x80 | ((cp >> 6) & 0x3F))).Append((char)(0x80 | (cp & 0x3F)));
        }
        return sb.ToString();
    }
}
