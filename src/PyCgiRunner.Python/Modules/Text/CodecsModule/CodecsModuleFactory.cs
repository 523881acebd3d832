using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.CodecsModule;

/// <summary>
/// A native codecs module (library reference §7.8) over the engine's encodings: lookup, encode/decode,
/// open, stream readers/writers, the BOM constants and the per-codec function pairs (utf_8_encode...).
/// </summary>
internal static class CodecsModuleFactory
{
    public static PyModule Create(string name)
    {
        var errorHandlers = new Dictionary<string, PyObject>();
        var b = new ModuleBuilder(name);
        b.Fn("lookup", (args, kw) =>
        {
            Args.Count("lookup", args, kw, 1, 1);
            return CodecInfo(Args.Str(args[0], "encoding"));
        });
        b.Fn("encode", (args, kw) =>
        {
            var a = Args.Bind("encode", args, kw, 1, "obj", "encoding", "errors");
            var enc = a[1] is null ? "ascii" : Args.Str(a[1]!, "encoding");
            return PyStr.From(CodecNames.Encode(CodecNames.Text(a[0]!), enc, Errors(a[2])));
        });
        b.Fn("decode", (args, kw) =>
        {
            var a = Args.Bind("decode", args, kw, 1, "obj", "encoding", "errors");
            var enc = a[1] is null ? "ascii" : Args.Str(a[1]!, "encoding");
            return new PyUnicode(CodecNames.Decode(Args.Str(a[0]!, "obj"), enc, Errors(a[2])));
        });
        b.Fn("open", (args, kw) =>
        {
            var a = Args.Bind("open", args, kw, 1, "filename", "mode", "encoding", "errors", "buffering");
            var mode = a[1] is null ? "rb" : Args.Str(a[1]!, "mode");
            var open = PyContext.Current.Builtins.GetStrOrNull("open") ?? throw PyErr.NameError("open");
            if (a[2] is null or PyNone) return Ops.Call(open, [a[0]!, PyStr.From(mode)], null);
            if (!mode.Contains('b')) mode += "b";
            var file = Ops.Call(open, [a[0]!, PyStr.From(mode)], null);
            return new PyCodecFile(file, Args.Str(a[2]!, "encoding"), Errors(a[3]));
        });
        b.Fn("getencoder", (args, kw) => Ops.GetAttr(CodecInfo(Args.Str(args[0], "encoding")), "encode"));
        b.Fn("getdecoder", (args, kw) => Ops.GetAttr(CodecInfo(Args.Str(args[0], "encoding")), "decode"));
        BuiltinFunctionBody streamFactory(string func) => (args, kw) =>
        {
            var enc = Args.Str(args[0], "encoding");
            CodecNames.CanonicalName(enc);
            return new PyBuiltinFunction(func, (a2, k2) =>
            {
                var a = Args.Bind(func, a2, k2, 1, "stream", "errors");
                return new PyCodecFile(a[0]!, enc, Errors(a[1]));
            });
        };
        b.Fn("getreader", streamFactory("StreamReader")).Fn("getwriter", streamFactory("StreamWriter"));
        b.Fn("register_error", (args, kw) =>
        {
            Args.Count("register_error", args, kw, 2, 2);
            errorHandlers[Args.Str(args[0], "name")] = args[1];
            return PyNone.Instance;
        });
        b.Fn("lookup_error", (args, kw) =>
        {
            Args.Count("lookup_error", args, kw, 1, 1);
            var n = Args.Str(args[0], "name");
            if (errorHandlers.TryGetValue(n, out var h)) return h;
            if (n is "strict" or "ignore" or "replace" or "xmlcharrefreplace" or "backslashreplace")
                return new PyBuiltinFunction(n + "_errors", (a2, k2) => throw PyErr.TypeError("error handlers of the engine are not callable"));
            throw PyErr.New(BuiltinTypes.LookupError, $"unknown error handler name '{n}'");
        });
        b.Fn("register", (args, kw) => PyNone.Instance);
        foreach (var (pyName, enc) in new[]
        {
            ("utf_8", "utf-8"), ("latin_1", "latin-1"), ("ascii", "ascii"), ("utf_16", "utf-16"),
            ("utf_16_le", "utf-16-le"), ("utf_16_be", "utf-16-be"), ("unicode_escape", "unicode-escape"),
            ("raw_unicode_escape", "raw-unicode-escape"), ("escape", "string-escape"),
        })
        {
            b.Fn(pyName + "_encode", EncodeFunction(enc));
            b.Fn(pyName + "_decode", DecodeFunction(enc));
        }
        AddBoms(b);
        return b;
    }

    private static string Errors(PyObject? o) => o is null or PyNone ? "strict" : Args.Str(o, "errors");

    private static BuiltinFunctionBody EncodeFunction(string enc) => (args, kw) =>
    {
        Args.Count("encode", args, kw, 1, 2);
        var text = CodecNames.Text(args[0]);
        return new PyTuple(PyStr.From(CodecNames.Encode(text, enc, Errors(args.Length > 1 ? args[1] : null))), PyInt.Get(text.Length));
    };

    private static BuiltinFunctionBody DecodeFunction(string enc) => (args, kw) =>
    {
        Args.Count("decode", args, kw, 1, 3);
        var bytes = Args.Str(args[0], "data");
        return new PyTuple(new PyUnicode(CodecNames.Decode(bytes, enc, Errors(args.Length > 1 ? args[1] : null))), PyInt.Get(bytes.Length));
    };

    private static PyObject CodecInfo(string encoding)
    {
        var canonical = CodecNames.CanonicalName(encoding);
        var m = new PyModule("CodecInfo");
        m.Dict.SetStr("name", PyStr.From(canonical));
        m.Dict.SetStr("encode", new PyBuiltinFunction("encode", EncodeFunction(encoding)));
        m.Dict.SetStr("decode", new PyBuiltinFunction("decode", DecodeFunction(encoding)));
        return m;
    }

    private static void AddBoms(ModuleBuilder b)
    {
        b.Value("BOM_UTF8", "\u00ef\u00bb\u00bf");
        b.Value("BOM_UTF16_LE", "\u00ff\u00fe").Value("BOM_LE", "\u00ff\u00fe");
        b.Value("BOM_UTF16_BE", "\u00fe\u00ff").Value("BOM_BE", "\u00fe\u00ff");
        b.Value("BOM_UTF32_LE", "\u00ff\u00fe\0\0").Value("BOM_UTF32_BE", "\0\0\u00fe\u00ff");
        // Native order: little-endian on every machine the server runs on.
        b.Value("BOM_UTF16", "\u00ff\u00fe").Value("BOM", "\u00ff\u00fe").Value("BOM_UTF32", "\u00ff\u00fe\0\0");
    }
}
