using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.CodecsModule;

/// <summary>
/// _codecs (Modules/_codecsmodule.c in 2.7): the codec registry and the codecs CPython writes in C, under the
/// library's codecs.py and encodings package. Each encoder answers (bytes, characters consumed), each decoder
/// (unicode, bytes consumed); the *_ex_decode functions add the byte order a BOM selected.
/// </summary>
[PythonModule("_codecs")]
internal static partial class CodecsModule
{
    [PythonFunction] public static void register(PyObject search_function) => CodecRegistry.Register(search_function);
    [PythonFunction] public static PyObject lookup(string encoding) => CodecRegistry.Lookup(encoding);

    [PythonFunction]
    public static PyObject encode(PyObject obj, string? encoding = null, string? errors = null)
        => CodecRegistry.Encode(obj, encoding ?? "ascii", errors ?? "strict");

    [PythonFunction]
    public static PyObject decode(PyObject obj, string? encoding = null, string? errors = null)
        => CodecRegistry.Decode(obj, encoding ?? "ascii", errors ?? "strict");

    [PythonFunction]
    public static void register_error(string name, PyObject handler)
    {
        if (!Builtins.BuiltinFunctions.IsCallable(handler)) throw PyErr.TypeError("handler must be callable");
        PyContext.Current.CodecState.ErrorHandlers[name] = handler;
    }

    [PythonFunction] public static PyObject lookup_error(string name) => CodecErrors.Lookup(name);

    [PythonFunction] public static PyObject utf_8_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUtf8(Text(str)), str);
    [PythonFunction]
    public static PyObject utf_8_decode(PyObject data, PyObject? errors = null, bool final = false)
    {
        var (text, consumed) = Codecs.DecodeUtf8(Data(data, "utf_8_decode"), Errors(errors), final);
        return Decoded(text, consumed);
    }

    [PythonFunction] public static PyObject latin_1_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeLimited(Text(str), 256, "latin-1", Errors(errors)), str);
    [PythonFunction] public static PyObject latin_1_decode(PyObject data, PyObject? errors = null) => Whole(Codecs.DecodeLatin1(Data(data, "latin_1_decode")), data);
    [PythonFunction] public static PyObject ascii_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeLimited(Text(str), 128, "ascii", Errors(errors)), str);
    [PythonFunction] public static PyObject ascii_decode(PyObject data, PyObject? errors = null) => Whole(Codecs.DecodeAscii(Data(data, "ascii_decode"), Errors(errors)), data);

    [PythonFunction] public static PyObject unicode_escape_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUnicodeEscape(Text(str), raw: false), str);
    [PythonFunction] public static PyObject unicode_escape_decode(PyObject data, PyObject? errors = null) => Whole(Codecs.DecodeUnicodeEscape(Data(data, "unicode_escape_decode"), Errors(errors), raw: false), data);
    [PythonFunction] public static PyObject raw_unicode_escape_encode(PyObject str, PyObject? errors = null) => Encoded(Codecs.EncodeUnicodeEscape(Text(str), raw: true), str);
    [PythonFunction] public static PyObject raw_unicode_escape_decode(PyObject data, PyObject? errors = null) => Whole(Codecs.DecodeUnicodeEscape(Data(data, "raw_unicode_escape_decode"), Errors(errors), raw: true), data);

    /// <summary>string_escape (str to str): the body of repr() and back.</summary>
    [PythonFunction]
    public static PyObject escape_encode(PyStr data, PyObject? errors = null)
        => new PyTuple(PyStr.From(Codecs.EncodeStringEscape(data.Value)), PyInt.Get(data.Value.Length));

    [PythonFunction]
    public static PyObject escape_decode(PyObject data, PyObject? errors = null)
    {
        var bytes = Data(data, "escape_decode");
        return new PyTuple(PyStr.From(Codecs.DecodeStringEscape(bytes, Errors(errors))), PyInt.Get(bytes.Length));
    }

    [PythonFunction]
    public static PyObject charmap_encode(PyObject str, PyObject? errors = null, PyObject? mapping = null)
        => Encoded(Codecs.EncodeCharmap(Text(str), Errors(errors), mapping), str);

    [PythonFunction]
    public static PyObject charmap_decode(PyObject data, PyObject? errors = null, PyObject? mapping = null)
        => Whole(Codecs.DecodeCharmap(Data(data, "charmap_decode"), Errors(errors), mapping), data);

    [PythonFunction] public static PyObject charmap_build(PyUnicode map) => new EncodingMap(map.Value);

    [PythonFunction] public static PyObject readbuffer_encode(PyObject data, PyObject? errors = null) => Bytes(Data(data, "readbuffer_encode"));
    [PythonFunction] public static PyObject charbuffer_encode(PyObject data, PyObject? errors = null) => Bytes(Data(data, "charbuffer_encode"));

    /// <summary>unicode_internal: the code points as 4-byte little-endian units (CPython's UCS4 build).</summary>
    [PythonFunction]
    public static PyObject unicode_internal_encode(PyObject obj, PyObject? errors = null)
    {
        if (obj is not PyUnicode u) return Bytes(Data(obj, "unicode_internal_encode"));
        var bytes = Codecs.EncodeUtf32(u.Value, -1);
        return new PyTuple(PyStr.From(bytes), PyInt.Get(u.Value.Length));
    }

    [PythonFunction]
    public static PyObject unicode_internal_decode(PyObject obj, PyObject? errors = null)
    {
        if (obj is PyUnicode) return new PyTuple(obj, PyInt.Get(((PyUnicode)obj).Value.Length));
        var bytes = Data(obj, "unicode_internal_decode");
        var (text, consumed, _) = Codecs.DecodeUtf32(bytes, Errors(errors), -1, final: true);
        return Decoded(text, consumed);
    }

    internal static string Errors(PyObject? errors) => errors is null or PyNone ? "strict" : ArgBinding.ToStr(errors, "codec", 2);

    /// <summary>A text argument: unicode as is, str decoded with the default codec (PyUnicode_FromObject).</summary>
    internal static string Text(PyObject o) => o switch
    {
        PyUnicode u => u.Value,
        PyStr s => Codecs.DecodeDefault(s.Value),
        _ => BufferProtocol.TryGetBytes(o, out var b) ? Codecs.DecodeDefault(b)
            : throw PyErr.TypeError($"coercing to Unicode: need string or buffer, {o.Type.Name} found"),
    };

    /// <summary>A bytes argument ('s*'): a buffer, or a unicode encoded with the default codec.</summary>
    internal static string Data(PyObject o, string function) => o switch
    {
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => BufferProtocol.TryGetBytes(o, out var b) ? b
            : throw PyErr.TypeError($"{function}() argument 1 must be string or buffer, not {o.Type.Name}"),
    };

    internal static PyObject Encoded(string bytes, PyObject source)
        => new PyTuple(PyStr.From(bytes), PyInt.Get(source is PyUnicode u ? u.Value.Length : Text(source).Length));

    internal static PyObject Decoded(string text, int consumed) => new PyTuple(new PyUnicode(text), PyInt.Get(consumed));

    private static PyObject Whole(string text, PyObject data) => Decoded(text, data is PyUnicode u ? Codecs.EncodeDefault(u.Value).Length : Data(data, "decode").Length);

    private static PyObject Bytes(string bytes) => new PyTuple(PyStr.From(bytes), PyInt.Get(bytes.Length));
}
