using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.CodecsModule;

/// <summary>Encoding names as CodecInfo.name reports them in 2.7, and the utf-8-sig codec the engine's table lacks.</summary>
internal static class CodecNames
{
    public static bool IsUtf8Sig(string encoding)
        => encoding.Trim().ToLowerInvariant().Replace('_', '-') is "utf-8-sig" or "utf8-sig";

    public static string CanonicalName(string encoding)
    {
        if (IsUtf8Sig(encoding)) return "utf-8-sig";
        var n = Codecs.NormalizeName(encoding);
        if (!Codecs.IsKnown(n) && n is not ("base64" or "hex" or "string-escape" or "unicode-escape" or "raw-unicode-escape" or "idna"))
            throw PyErr.New(BuiltinTypes.LookupError, $"unknown encoding: {encoding}");
        return n switch
        {
            "latin-1" => "iso8859-1",
            "utf-16-le" => "utf-16-le",
            "string-escape" => "string-escape",
            _ => n,
        };
    }

    /// <summary>Decodes bytes to text; utf-8-sig drops one leading BOM.</summary>
    public static string Decode(string bytes, string encoding, string errors)
    {
        if (IsUtf8Sig(encoding))
            return Codecs.Decode(bytes.StartsWith("\u00ef\u00bb\u00bf", StringComparison.Ordinal) ? bytes[3..] : bytes, "utf-8", errors);
        return Codecs.Decode(bytes, encoding, errors);
    }

    public static string Encode(string text, string encoding, string errors)
        => IsUtf8Sig(encoding) ? "\u00ef\u00bb\u00bf" + Codecs.Encode(text, "utf-8", errors) : Codecs.Encode(text, encoding, errors);

    /// <summary>Text of a str or unicode argument (str is decoded with the default encoding, as 2.7 coerces it).</summary>
    public static string Text(PyObject o) => o switch
    {
        PyUnicode u => u.Value,
        PyStr s => Codecs.DecodeDefault(s.Value),
        _ => throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {o.Type.Name} found"),
    };
}
