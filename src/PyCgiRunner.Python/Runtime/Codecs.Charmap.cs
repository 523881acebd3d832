using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The charmap codec (codecs.charmap_encode/charmap_decode, behind the library's cp1252.py, iso8859_15.py and the
/// other single-byte encodings). A decoding map is a unicode table indexed by byte (u'\ufffe' = undefined) or a
/// mapping byte → int/unicode/None; an encoding map is an EncodingMap (charmap_build) or a mapping ord → int/str/None.
/// No map means latin-1.
/// </summary>
public static partial class Codecs
{
    private const string Undefined = "character maps to <undefined>";

    public static string DecodeCharmap(string bytes, string errors, PyObject? map)
    {
        if (map is null or PyNone) return bytes;
        var table = map as PyUnicode;
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            var mapped = table is not null
                ? (b < table.Value.Length && table.Value[b] != '\uFFFE' ? table.Value[b].ToString() : null)
                : MappedText(map, b);
            if (mapped is not null) { sb.Append(mapped); i++; continue; }
            var (replacement, resume) = CodecErrors.OnDecodeError(errors, "charmap", bytes, i, i + 1, Undefined);
            sb.Append(replacement);
            i = resume;
        }
        return sb.ToString();
    }

    // What a decoding mapping gives for a byte: text, or null for undefined (missing key or None).
    private static string? MappedText(PyObject map, char b)
    {
        PyObject value;
        try { value = Ops.GetItem(map, PyInt.Get(b)); }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.LookupError)) { return null; }
        return value switch
        {
            PyNone => null,
            PyUnicode u => u.Value,
            PyInt or PyLong => Ops.ToLong(value) is var cp and >= 0 and <= 0x10FFFF
                ? char.ConvertFromUtf32((int)cp) : throw PyErr.TypeError("character mapping must be in range(0x110000)"),
            _ => throw PyErr.TypeError("character mapping must return integer, None or unicode"),
        };
    }

    public static string EncodeCharmap(string text, string errors, PyObject? map)
    {
        if (map is null or PyNone) return EncodeLimited(text, 256, "latin-1", errors);
        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (MappedBytes(map, text[i]) is { } bytes) { sb.Append(bytes); i++; continue; }
            var end = i + 1;
            while (end < text.Length && MappedBytes(map, text[end]) is null) end++;
            var (replacement, resume) = CodecErrors.OnEncodeError(errors, "charmap", text, i, end, Undefined);
            foreach (var c in replacement)
                sb.Append(MappedBytes(map, c) ?? throw EncodeError("charmap", text, i, end, Undefined));
            i = resume;
        }
        return sb.ToString();
    }

    private static string? MappedBytes(PyObject map, char c)
    {
        if (map is EncodingMap encodingMap) return encodingMap.Lookup(c) is int b ? ((char)b).ToString() : null;
        PyObject value;
        try { value = Ops.GetItem(map, PyInt.Get(c)); }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.LookupError)) { return null; }
        return value switch
        {
            PyNone => null,
            PyStr s => s.Value,
            PyInt or PyLong => Ops.ToLong(value) is var b and >= 0 and <= 255
                ? ((char)b).ToString() : throw PyErr.TypeError("character mapping must be in range(256)"),
            _ => throw PyErr.TypeError("character mapping must return integer, None or str"),
        };
    }
}
