using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Text encodings between str (bytes as chars) and unicode. The default encoding is ASCII, as in CPython 2.7;
/// errors follow the codecs error handlers strict, ignore, replace (and xmlcharrefreplace, backslashreplace on encode).
/// </summary>
public static partial class Codecs
{
    public static string DecodeDefault(string bytes) => Decode(bytes, "ascii", "strict");

    public static string EncodeDefault(string text) => Encode(text, "ascii", "strict");

    /// <summary>
    /// The canonical name of an encoding: case-insensitive, any run of punctuation or spaces counts as one separator
    /// (encodings.normalize_encoding), then CPython 2.7's aliases.
    /// </summary>
    public static string NormalizeName(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        foreach (var ch in encoding.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == '.') sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var e = sb.ToString().TrimEnd('-');
        return e switch
        {
            "utf8" or "utf-8" or "u8" or "utf" or "utf8-ucs2" or "utf8-ucs4" => "utf-8",
            "utf-8-sig" or "utf8-sig" => "utf-8-sig",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "iso8859" or "iso-8859-1-1987" or "8859" or "cp819" or "l1" or "latin" or "iso-ir-100" or "csisolatin1" => "latin-1",
            "ascii" or "us-ascii" or "646" or "us" or "ansi-x3.4-1968" or "iso646-us" or "cp367" or "csascii" => "ascii",
            "utf-16" or "utf16" or "u16" => "utf-16",
            "utf-16-le" or "utf-16le" or "utf16-le" or "unicodelittleunmarked" => "utf-16-le",
            "utf-16-be" or "utf-16be" or "utf16-be" or "unicodebigunmarked" => "utf-16-be",
            "utf-32" or "utf32" or "u32" => "utf-32",
            "cp1252" or "windows-1252" or "1252" => "cp1252",
            "iso-8859-15" or "iso8859-15" or "latin9" or "latin-9" or "l9" => "iso-8859-15",
            "base64" or "base-64" or "base64-codec" => "base64",
            "hex" or "hex-codec" => "hex",
            "rot13" or "rot-13" => "rot13",
            "string-escape" => "string-escape",
            "unicode-escape" => "unicode-escape",
            "raw-unicode-escape" => "raw-unicode-escape",
            "idna" => "idna",
            _ => e,
        };
    }

    public static bool IsKnown(string encoding) => NormalizeName(encoding) is "utf-8" or "latin-1" or "ascii" or "utf-16" or "utf-16-le" or "utf-16-be" or "utf-32" or "cp1252";

    public static string Decode(string bytes, string encoding, string errors)
    {
        var name = NormalizeName(encoding);
        switch (name)
        {
            case "ascii": return DecodeAscii(bytes, errors);
            case "latin-1": return bytes;
            case "utf-8": return DecodeUtf8(bytes, errors);
            case "utf-8-sig": return DecodeUtf8(bytes.StartsWith("\u00ef\u00bb\u00bf", StringComparison.Ordinal) ? bytes[3..] : bytes, errors);
            case "cp1252": case "iso-8859-15": case "rot13": return DecodeCharmap(bytes, name, errors);
            case "unicode-escape": return DecodeUnicodeEscape(bytes, errors, raw: false);
            case "raw-unicode-escape": return DecodeUnicodeEscape(bytes, errors, raw: true);
            case "utf-16":
            case "utf-16-le":
            case "utf-16-be":
            case "utf-32":
                {
                    var enc = name switch
                    {
                        "utf-16-le" => (Encoding)new UnicodeEncoding(false, false, true),
                        "utf-16-be" => new UnicodeEncoding(true, false, true),
                        "utf-32" => new UTF32Encoding(false, true, true),
                        _ => new UnicodeEncoding(false, true, true),
                    };
                    var raw = Encoding.Latin1.GetBytes(bytes);
                    try
                    {
                        if (name == "utf-16" && raw.Length >= 2 && raw[0] == 0xFE && raw[1] == 0xFF)
                            return new UnicodeEncoding(true, false, true).GetString(raw, 2, raw.Length - 2);
                        var text = enc.GetString(raw);
                        return name == "utf-16" && text.StartsWith('\uFEFF') ? text[1..] : text;
                    }
                    catch (DecoderFallbackException)
                    {
                        throw DecodeError(name, bytes, 0, bytes.Length, "truncated data");
                    }
                }
        }
        throw PyErr.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
    }

    public static string Encode(string text, string encoding, string errors)
    {
        var name = NormalizeName(encoding);
        switch (name)
        {
            case "ascii": return EncodeLimited(text, 128, "ascii", errors);
            case "latin-1": return EncodeLimited(text, 256, "latin-1", errors);
            case "utf-8": return Encoding.Latin1.GetString(EncodeUtf8(text, errors));
            case "utf-16": return Encoding.Latin1.GetString([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)]);
            case "utf-16-le": return Encoding.Latin1.GetString(Encoding.Unicode.GetBytes(text));
            case "utf-16-be": return Encoding.Latin1.GetString(Encoding.BigEndianUnicode.GetBytes(text));
            case "utf-32": return Encoding.Latin1.GetString([0xFF, 0xFE, 0, 0, .. new UTF32Encoding(false, false).GetBytes(text)]);
            case "utf-8-sig": return "\u00ef\u00bb\u00bf" + Encoding.Latin1.GetString(EncodeUtf8(text, errors));
            case "cp1252": case "iso-8859-15": case "rot13": return EncodeCharmap(text, name, errors);
            case "unicode-escape": return EncodeUnicodeEscape(text, raw: false);
            case "raw-unicode-escape": return EncodeUnicodeEscape(text, raw: true);
        }
        throw PyErr.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
    }

    private static string DecodeAscii(string bytes, string errors)
    {
        var i = 0;
        while (i < bytes.Length && bytes[i] < 128) i++;
        if (i == bytes.Length) return bytes;
        var sb = new StringBuilder(bytes.Length);
        sb.Append(bytes, 0, i);
        for (; i < bytes.Length; i++)
        {
            var c = bytes[i];
            if (c < 128) { sb.Append(c); continue; }
            switch (errors)
            {
                case "ignore": break;
                case "replace": sb.Append('\uFFFD'); break;
                default: throw DecodeFailure(errors, DecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)"));
            }
        }
        return sb.ToString();
    }

    private static string DecodeUtf8(string bytes, string errors)
    {
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            int b = bytes[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int need, cp;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; }
            else { HandleBad(i, i + 1, b >= 0x80 && b < 0xC0 ? "invalid start byte" : "invalid start byte"); i++; continue; }
            if (i + need >= bytes.Length + 0 && i + need > bytes.Length - 1 + 1)
            {
                // fallthrough to per-byte check below
            }
            var ok = true;
            var j = 1;
            for (; j <= need; j++)
            {
                if (i + j >= bytes.Length || (bytes[i + j] & 0xC0) != 0x80) { ok = false; break; }
                cp = (cp << 6) | (bytes[i + j] & 0x3F);
            }
            if (ok && ((need == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (need == 3 && (cp < 0x10000 || cp > 0x10FFFF)))) ok = false;
            if (!ok)
            {
                var reason = i + j >= bytes.Length ? "unexpected end of data" : "invalid continuation byte";
                HandleBad(i, i + j, reason);
                i += Math.Max(1, j);
                continue;
            }
            sb.Append(char.ConvertFromUtf32(cp));
            i += need + 1;
        }
        return sb.ToString();

        void HandleBad(int start, int end, string reason)
        {
            switch (errors)
            {
                case "ignore": return;
                case "replace": sb.Append('\uFFFD'); return;
                default: throw DecodeFailure(errors, DecodeError("utf8", bytes, start, end, reason));
            }
        }
    }

    private static byte[] EncodeUtf8(string text, string errors)
    {
        // Lone surrogates are encoded as CPython 2 does (it accepts them).
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            int cp = text[i];
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cp = char.ConvertToUtf32(text[i], text[i + 1]);
                i++;
            }
            if (cp < 0x80) bytes.Add((byte)cp);
            else if (cp < 0x800) { bytes.Add((byte)(0xC0 | (cp >> 6))); bytes.Add((byte)(0x80 | (cp & 0x3F))); }
            else if (cp < 0x10000)
            {
                bytes.Add((byte)(0xE0 | (cp >> 12))); bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                bytes.Add((byte)(0xF0 | (cp >> 18))); bytes.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                bytes.Add((byte)(0x80 | ((cp >> 6) & 0x3F))); bytes.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }
        return bytes.ToArray();
    }

    private static string EncodeLimited(string text, int limit, string name, string errors)
    {
        var i = 0;
        while (i < text.Length && text[i] < limit) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c < limit) { sb.Append(c); continue; }
            if (errors == "strict" || !AppendEncodeReplacement(sb, text, ref i, errors))
            {
                var end = i + 1;
                while (end < text.Length && text[end] >= limit) end++;
                throw EncodeFailure(errors, EncodeError(name, text, i, end, $"ordinal not in range({limit})"));
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// The replacement an encode error handler (ignore, replace, xmlcharrefreplace, backslashreplace) puts for text[i];
    /// false for strict or an unknown handler. A surrogate pair counts as one character (the corpora come from a wide build).
    /// </summary>
    public static bool AppendEncodeReplacement(StringBuilder sb, string text, ref int i, string errors)
    {
        int cp = text[i];
        var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        if (pair && errors is "xmlcharrefreplace" or "backslashreplace" or "replace" or "ignore") cp = char.ConvertToUtf32(text[i], text[++i]);
        switch (errors)
        {
            case "ignore": return true;
            case "replace": sb.Append('?'); return true;
            case "xmlcharrefreplace": sb.Append("&#").Append(cp).Append(';'); return true;
            case "backslashreplace":
                sb.Append(cp < 0x100 ? $"\\x{cp:x2}" : cp < 0x10000 ? $"\\u{cp:x4}" : $"\\U{cp:x8}");
                return true;
        }
        return false;
    }

    /// <summary>What a failed encode raises: the UnicodeEncodeError under strict, LookupError for an unknown handler.</summary>
    public static PythonException EncodeFailure(string errors, PythonException error)
        => errors == "strict" ? error : PyErr.New(BuiltinTypes.LookupError, $"unknown error handler name '{errors}'");

    /// <summary>What a failed decode raises under strict, an encode-only handler or an unknown one.</summary>
    public static PythonException DecodeFailure(string errors, PythonException error) => errors switch
    {
        "strict" => error,
        "xmlcharrefreplace" or "backslashreplace" => PyErr.TypeError("don't know how to handle UnicodeDecodeError in error callback"),
        _ => PyErr.New(BuiltinTypes.LookupError, $"unknown error handler name '{errors}'"),
    };

    public static PythonException DecodeError(string encoding, string bytes, int start, int end, string reason)
        => PyErr.New(BuiltinTypes.UnicodeDecodeError, PyStr.From(encoding), PyStr.From(bytes), PyInt.Get(start), PyInt.Get(end), PyStr.From(reason));

    public static PythonException EncodeError(string encoding, string text, int start, int end, string reason)
        => PyErr.New(BuiltinTypes.UnicodeEncodeError, PyStr.From(encoding), new PyUnicode(text), PyInt.Get(start), PyInt.Get(end), PyStr.From(reason));
}
