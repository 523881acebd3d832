using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// UTF-16 and UTF-32 (PyUnicode_DecodeUTF16Stateful/UTF32Stateful in 2.7). Byte order: 0 = take it from a BOM
/// (little-endian when there is none) and write a BOM when encoding, -1 = little-endian, 1 = big-endian. The
/// decoders report the byte order a BOM set (utf_16_ex_decode) and, when not final, leave a cut-off unit unconsumed.
/// </summary>
public static partial class Codecs
{
    public static (string Text, int Consumed, int ByteOrder) DecodeUtf16(string bytes, string errors, int byteOrder, bool final)
    {
        var i = 0;
        if (byteOrder == 0 && bytes.Length >= 2)
        {
            if (bytes[0] == 0xFF && bytes[1] == 0xFE) { byteOrder = -1; i = 2; }
            else if (bytes[0] == 0xFE && bytes[1] == 0xFF) { byteOrder = 1; i = 2; }
        }
        var big = byteOrder == 1;
        var sb = new StringBuilder(bytes.Length / 2);
        while (i < bytes.Length)
        {
            if (bytes.Length - i < 2)
            {
                if (!final) break;
                if (Fail(i, bytes.Length, "truncated data")) continue;
                break;
            }
            var unit = Unit16(bytes, i, big);
            if (unit is < '\uD800' or > '\uDFFF') { sb.Append(unit); i += 2; continue; }
            if (bytes.Length - i < 4)
            {
                if (!final) break;
                Fail(i, bytes.Length, "unexpected end of data");
                continue;
            }
            var next = Unit16(bytes, i + 2, big);
            if (char.IsHighSurrogate(unit) && char.IsLowSurrogate(next)) { sb.Append(unit).Append(next); i += 4; continue; }
            Fail(i, i + 2, char.IsHighSurrogate(unit) ? "illegal UTF-16 surrogate" : "illegal encoding");
        }
        return (sb.ToString(), i, byteOrder);

        bool Fail(int start, int end, string reason)
        {
            var (replacement, resume) = CodecErrors.OnDecodeError(errors, "utf16", bytes, start, end, reason);
            sb.Append(replacement);
            i = resume;
            return i < bytes.Length;
        }
    }

    private static char Unit16(string bytes, int i, bool big)
        => big ? (char)((bytes[i] << 8) | bytes[i + 1]) : (char)(bytes[i] | (bytes[i + 1] << 8));

    public static string EncodeUtf16(string text, int byteOrder)
    {
        var sb = new StringBuilder(text.Length * 2 + 2);
        if (byteOrder == 0) sb.Append('\xFF').Append('\xFE');
        var big = byteOrder == 1;
        foreach (var c in text)
        {
            if (big) sb.Append((char)(c >> 8)).Append((char)(c & 0xFF));
            else sb.Append((char)(c & 0xFF)).Append((char)(c >> 8));
        }
        return sb.ToString();
    }

    public static (string Text, int Consumed, int ByteOrder) DecodeUtf32(string bytes, string errors, int byteOrder, bool final)
    {
        var i = 0;
        if (byteOrder == 0 && bytes.Length >= 4)
        {
            if (bytes.StartsWith("\xFF\xFE\0\0", StringComparison.Ordinal)) { byteOrder = -1; i = 4; }
            else if (bytes.StartsWith("\0\0\xFE\xFF", StringComparison.Ordinal)) { byteOrder = 1; i = 4; }
        }
        var big = byteOrder == 1;
        var sb = new StringBuilder(bytes.Length / 4);
        while (i < bytes.Length)
        {
            var start = i;
            string reason;
            int end;
            if (bytes.Length - i < 4)
            {
                if (!final) break;
                (reason, end) = ("truncated data", bytes.Length);
            }
            else
            {
                long cp = big
                    ? ((long)bytes[i] << 24) | ((long)bytes[i + 1] << 16) | ((long)bytes[i + 2] << 8) | bytes[i + 3]
                    : bytes[i] | ((long)bytes[i + 1] << 8) | ((long)bytes[i + 2] << 16) | ((long)bytes[i + 3] << 24);
                if (cp <= 0x10FFFF)
                {
                    if (cp < 0x10000) sb.Append((char)cp);
                    else sb.Append(char.ConvertFromUtf32((int)cp));
                    i += 4;
                    continue;
                }
                (reason, end) = ("code point not in range(0x110000)", i + 4);
            }
            var (replacement, resume) = CodecErrors.OnDecodeError(errors, "utf32", bytes, start, end, reason);
            sb.Append(replacement);
            i = resume;
        }
        return (sb.ToString(), i, byteOrder);
    }

    public static string EncodeUtf32(string text, int byteOrder)
    {
        var sb = new StringBuilder(text.Length * 4 + 4);
        var big = byteOrder == 1;
        if (byteOrder == 0) sb.Append("\xFF\xFE\0\0");
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                cp = char.ConvertToUtf32(text[i], text[++i]);
            var b = new[] { (char)(cp & 0xFF), (char)((cp >> 8) & 0xFF), (char)((cp >> 16) & 0xFF), (char)(cp >> 24) };
            if (big) Array.Reverse(b);
            sb.Append(b);
        }
        return sb.ToString();
    }
}
