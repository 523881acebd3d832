using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Text encodings between str (bytes as chars) and unicode. The codecs CPython implements in C (utf-8, latin-1,
/// ascii, utf-16, utf-32, the escape codecs) are C# here and serve str.encode/unicode.decode directly; every other
/// encoding name goes through the run's codec registry (CodecRegistry: the library's encodings package), as in
/// CPython. The default encoding is ASCII. Errors go through CodecErrors (PEP 293 handlers).
/// </summary>
public static partial class Codecs
{
    /// <summary>The encodings answered without the registry (PyUnicode_Decode's shortcuts, and the other C codecs).</summary>
    public enum Builtin { None, Utf8, Latin1, Ascii, Utf16, Utf16Le, Utf16Be, Utf32, Utf32Le, Utf32Be, UnicodeEscape, RawUnicodeEscape }

    public static string DecodeDefault(string bytes) => DecodeAscii(bytes, "strict");

    public static string EncodeDefault(string text) => EncodeLimited(text, 128, "ascii", "strict");

    /// <summary>The builtin codec a name certainly means (exact common spellings only; the rest ask the registry).</summary>
    public static Builtin FastCodec(string encoding) => encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-') switch
    {
        "utf-8" or "utf8" or "u8" => Builtin.Utf8,
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" => Builtin.Latin1,
        "ascii" or "us-ascii" or "646" => Builtin.Ascii,
        "utf-16" or "utf16" => Builtin.Utf16,
        "utf-16-le" or "utf-16le" => Builtin.Utf16Le,
        "utf-16-be" or "utf-16be" => Builtin.Utf16Be,
        "utf-32" or "utf32" => Builtin.Utf32,
        "utf-32-le" or "utf-32le" => Builtin.Utf32Le,
        "utf-32-be" or "utf-32be" => Builtin.Utf32Be,
        "unicode-escape" => Builtin.UnicodeEscape,
        "raw-unicode-escape" => Builtin.RawUnicodeEscape,
        _ => Builtin.None,
    };

    /// <summary>bytes → text with the named codec (the registry's codec must answer unicode).</summary>
    public static string Decode(string bytes, string encoding, string errors)
    {
        var fast = FastCodec(encoding);
        if (fast != Builtin.None) return DecodeBuiltin(fast, bytes, errors);
        var result = CodecRegistry.Decode(PyStr.From(bytes), encoding, errors);
        return result is PyUnicode u ? u.Value
            : throw PyErr.TypeError($"decoder did not return an unicode object (type={result.Type.Name})");
    }

    /// <summary>text → bytes with the named codec (the registry's codec must answer str).</summary>
    public static string Encode(string text, string encoding, string errors)
    {
        var fast = FastCodec(encoding);
        if (fast != Builtin.None) return EncodeBuiltin(fast, text, errors);
        var result = CodecRegistry.Encode(new PyUnicode(text), encoding, errors);
        return result is PyStr s ? s.Value
            : throw PyErr.TypeError($"encoder did not return a string object (type={result.Type.Name})");
    }

    public static string DecodeBuiltin(Builtin codec, string bytes, string errors) => codec switch
    {
        Builtin.Utf8 => DecodeUtf8(bytes, errors, final: true).Text,
        Builtin.Latin1 => bytes,
        Builtin.Ascii => DecodeAscii(bytes, errors),
        Builtin.Utf16 => DecodeUtf16(bytes, errors, 0, final: true).Text,
        Builtin.Utf16Le => DecodeUtf16(bytes, errors, -1, final: true).Text,
        Builtin.Utf16Be => DecodeUtf16(bytes, errors, 1, final: true).Text,
        Builtin.Utf32 => DecodeUtf32(bytes, errors, 0, final: true).Text,
        Builtin.Utf32Le => DecodeUtf32(bytes, errors, -1, final: true).Text,
        Builtin.Utf32Be => DecodeUtf32(bytes, errors, 1, final: true).Text,
        Builtin.UnicodeEscape => DecodeUnicodeEscape(bytes, errors, raw: false),
        _ => DecodeUnicodeEscape(bytes, errors, raw: true),
    };

    public static string EncodeBuiltin(Builtin codec, string text, string errors) => codec switch
    {
        Builtin.Utf8 => EncodeUtf8(text),
        Builtin.Latin1 => EncodeLimited(text, 256, "latin-1", errors),
        Builtin.Ascii => EncodeLimited(text, 128, "ascii", errors),
        Builtin.Utf16 => EncodeUtf16(text, 0),
        Builtin.Utf16Le => EncodeUtf16(text, -1),
        Builtin.Utf16Be => EncodeUtf16(text, 1),
        Builtin.Utf32 => EncodeUtf32(text, 0),
        Builtin.Utf32Le => EncodeUtf32(text, -1),
        Builtin.Utf32Be => EncodeUtf32(text, 1),
        Builtin.UnicodeEscape => EncodeUnicodeEscape(text, raw: false),
        _ => EncodeUnicodeEscape(text, raw: true),
    };

    public static string DecodeAscii(string bytes, string errors) => DecodeLimited(bytes, 128, "ascii", "ordinal not in range(128)", errors);

    public static string DecodeLatin1(string bytes) => bytes;

    private static string DecodeLimited(string bytes, int limit, string name, string reason, string errors)
    {
        var i = 0;
        while (i < bytes.Length && bytes[i] < limit) i++;
        if (i == bytes.Length) return bytes;
        var sb = new StringBuilder(bytes.Length);
        sb.Append(bytes, 0, i);
        while (i < bytes.Length)
        {
            if (bytes[i] < limit) { sb.Append(bytes[i++]); continue; }
            var (replacement, resume) = CodecErrors.OnDecodeError(errors, name, bytes, i, i + 1, reason);
            sb.Append(replacement);
            i = resume;
        }
        return sb.ToString();
    }

    /// <summary>ascii and latin-1 encode: a run of characters past the limit is one error span, as in CPython.</summary>
    public static string EncodeLimited(string text, int limit, string name, string errors)
    {
        var i = 0;
        while (i < text.Length && text[i] < limit) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length);
        sb.Append(text, 0, i);
        while (i < text.Length)
        {
            if (text[i] < limit) { sb.Append(text[i++]); continue; }
            var end = i + 1;
            while (end < text.Length && text[end] >= limit) end++;
            var (replacement, resume) = CodecErrors.OnEncodeError(errors, name, text, i, end, $"ordinal not in range({limit})");
            // The replacement must itself be encodable (a handler's '?' or '&#233;' is).
            sb.Append(EncodeLimited(replacement, limit, name, "strict"));
            i = resume;
        }
        return sb.ToString();
    }

    public static PythonException DecodeError(string encoding, string bytes, int start, int end, string reason)
        => PyErr.New(BuiltinTypes.UnicodeDecodeError, PyStr.From(encoding), PyStr.From(bytes), PyInt.Get(start), PyInt.Get(end), PyStr.From(reason));

    public static PythonException EncodeError(string encoding, string text, int start, int end, string reason)
        => PyErr.New(BuiltinTypes.UnicodeEncodeError, PyStr.From(encoding), new PyUnicode(text), PyInt.Get(start), PyInt.Get(end), PyStr.From(reason));
}
