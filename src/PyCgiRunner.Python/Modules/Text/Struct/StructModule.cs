using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Struct;

/// <summary>The struct module (library reference §7.3): functions and the Struct class.</summary>
internal static class StructModule
{
    public static readonly PyType Error = NewError();
    public static readonly PyType StructType = NewStructType();

    private static PyType NewError()
    {
        var t = new PyType("error", BuiltinTypes.Exception) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("struct"));
        return t;
    }

    /// <summary>
    /// struct itself, or _struct (what CPython's struct.py re-exports with "from _struct import *"): the same
    /// functions, types and error class under either name.
    /// </summary>
    public static PyModule Create(string name = "struct")
    {
        var b = new ModuleBuilder(name,
            "Functions to convert between Python values and C structs represented\nas Python strings, laid out as a format string says.");
        // Formats are parsed on each call here: there is no cache to clear.
        b.Fn("_clearcache", (args, kw) => { Args.Count("_clearcache", args, kw, 0, 0); return PyNone.Instance; });
        b.Value("__version__", "0.2");
        b.Value("error", Error);
        b.Value("Struct", StructType);
        b.Fn("calcsize", (args, kw) =>
        {
            Args.Count("calcsize", args, kw, 1, 1);
            return PyInt.Get(Parse(args[0]).Size);
        });
        b.Fn("pack", (args, kw) =>
        {
            if (args.Length == 0) throw PyErr.TypeError("pack expected at least 1 arguments, got 0");
            return PyStr.FromBytes(StructCodec.Pack(Parse(args[0]), args.AsSpan(1)));
        });
        b.Fn("unpack", (args, kw) =>
        {
            Args.Count("unpack", args, kw, 2, 2);
            return Unpack(Parse(args[0]), args[1]);
        });
        b.Fn("unpack_from", (args, kw) =>
        {
            var a = Args.Bind("unpack_from", args, kw, 2, "format", "buffer", "offset");
            return UnpackFrom(Parse(a[0]!), a[1]!, a[2]);
        });
        b.Fn("pack_into", (args, kw) => throw PyErr.TypeError("pack_into needs a writable buffer (not supported)"));
        return b;
    }

    private static StructFormat Parse(PyObject format) => new(format switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError("Struct() argument 1 must be string, not " + format.Type.Name),
    });

    private static string Data(PyObject o) => o is PyStr s ? s.Value : throw Error_("unpack requires a string argument");

    private static PythonException Error_(string m) => PyErr.New(Error, m);

    private static PyObject Unpack(StructFormat f, PyObject data)
    {
        var s = Data(data);
        if (s.Length != f.Size) throw Error_($"unpack requires a string argument of length {f.Size}");
        return StructCodec.Unpack(f, s, 0);
    }

    private static PyObject UnpackFrom(StructFormat f, PyObject data, PyObject? offsetArg)
    {
        var s = Data(data);
        var offset = offsetArg is null ? 0 : (int)Args.Int(offsetArg, "offset");
        if (offset < 0) offset += s.Length;
        if (offset < 0 || s.Length - offset < f.Size) throw Error_($"unpack_from requires a buffer of at least {f.Size} bytes");
        return StructCodec.Unpack(f, s, offset);
    }

    private sealed class PyStruct(PyType type, StructFormat format) : PyObject
    {
        public StructFormat Format { get; set; } = format;
        public override PyType Type => type;
        public override string Repr() => $"<Struct object at 0x{Id:x8}>";
    }

    private static PyType NewStructType()
    {
        var t = new PyType("Struct", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("struct"));
        t.NewFunc = (cls, args, kw) => new PyStruct(cls, new StructFormat(""));
        Def(t, "__init__", (self, args, kw) =>
        {
            var a = Args.Bind("Struct", args, kw, 1, "format");
            ((PyStruct)self).Format = Parse(a[0]!);
            return PyNone.Instance;
        });
        Def(t, "pack", (self, args, kw) => PyStr.FromBytes(StructCodec.Pack(((PyStruct)self).Format, args)));
        Def1(t, "unpack", (self, data) => Unpack(((PyStruct)self).Format, data));
        Def(t, "unpack_from", (self, args, kw) =>
        {
            var a = Args.Bind("unpack_from", args, kw, 1, "buffer", "offset");
            return UnpackFrom(((PyStruct)self).Format, a[0]!, a[1]);
        });
        Attr(t, "size", self => PyInt.Get(((PyStruct)self).Format.Size));
        Attr(t, "format", self => PyStr.From(((PyStruct)self).Format.Format));
        return t;
    }
}
