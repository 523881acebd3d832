using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Arrays;

/// <summary>
/// The array module (library reference §8.6): the array type (also named ArrayType). The types are created
/// once per process and hold no per-run state; the module object is created per run.
/// </summary>
internal static class ArrayModule
{
    public static readonly PyType ArrayType = CreateArrayType();
    public static readonly PyType IteratorType = CreateIteratorType();

    public static PyModule Create() => new ModuleBuilder("array",
            "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.")
        .Value("array", ArrayType)
        .Value("ArrayType", ArrayType);

    private static PyType CreateArrayType()
    {
        var t = new PyType("array", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("array"));
        t.NewFunc = New;
        ArrayMethods.Define(t);
        return t;
    }

    private static PyType CreateIteratorType()
    {
        var t = new PyType("arrayiterator", BuiltinTypes.Object);
        TypeSetup.Def0(t, "__iter__", self => self);
        TypeSetup.Def0(t, "next", self => self.Next(out var v) ? v : throw PyErr.New(BuiltinTypes.StopIteration));
        return t;
    }

    /// <summary>
    /// array(typecode[, initializer]) (array_new): lists and tuples are taken item by item, a str as machine
    /// bytes (fromstring), a unicode as characters for 'u'; anything else (arrays of any typecode too) is iterated.
    /// </summary>
    private static PyObject New(PyType cls, PyObject[] args, string[]? kw)
    {
        if (kw is { Length: > 0 } && cls == ArrayType) throw PyErr.TypeError("array.array() does not take keyword arguments");
        var positional = args.Length - (kw?.Length ?? 0);
        if (positional < 1) throw PyErr.TypeError($"array() takes at least 1 argument ({positional} given)");
        if (positional > 2) throw PyErr.TypeError($"array() takes at most 2 arguments ({positional} given)");
        var code = Typecode(args[0]);
        var array = new PyArray(code, null, cls);
        if (positional == 2)
        {
            var initial = args[1];
            switch (initial)
            {
                case PyList or PyTuple or PyArray:
                    foreach (var item in Ops.ToArray(initial)) array.Items.Add(code.Coerce(item));
                    break;
                case PyStr s:
                    array.AddBytes(Latin1Bytes(s.Value));
                    break;
                case PyUnicode u when code.Code == 'u':
                    foreach (var ch in u.Value) array.Items.Add(new PyUnicode(ch.ToString()));
                    break;
                default:
                    array.Extend(initial);
                    break;
            }
        }
        return array;
    }

    private static ArrayTypecode Typecode(PyObject arg)
    {
        var c = arg switch
        {
            PyStr { Value.Length: 1 } s => s.Value[0],
            PyUnicode { Value.Length: 1 } u when u.Value[0] < 128 => u.Value[0],
            _ => throw PyErr.TypeError($"array() argument 1 or typecode must be char (string or ascii-unicode with length 1), not {arg.Type.Name}"),
        };
        return ArrayTypecode.Get(c) ?? throw PyErr.ValueError("bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)");
    }

    public static byte[] Latin1Bytes(string s)
    {
        var bytes = new byte[s.Length];
        for (var i = 0; i < s.Length; i++) bytes[i] = (byte)s[i];
        return bytes;
    }
}
