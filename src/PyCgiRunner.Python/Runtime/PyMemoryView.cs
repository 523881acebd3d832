namespace PyCgiRunner.Python.Runtime;

/// <summary>memoryview(str): a read-only view exposing tobytes/tolist/len/indexing (enough for Python 2 scripts).</summary>
public sealed class PyMemoryView : PyObject
{
    private readonly string _bytes;
    public PyMemoryView(string bytes) { _bytes = bytes; }

    /// <summary>The viewed bytes as a byte string (the buffer interface).</summary>
    public string Bytes => _bytes;

    public static readonly PyType TypeObject = CreateType();

    private static PyType CreateType()
    {
        var t = new PyType("memoryview", BuiltinTypes.Object);
        t.NewFunc = (cls, args, kw) =>
        {
            Builtins.Args.Count("memoryview", args, kw, 1, 1);
            return args[0] switch
            {
                PyStr s => new PyMemoryView(s.Value),
                PyMemoryView m => new PyMemoryView(m._bytes),
                _ => throw PyErr.TypeError($"cannot make memory view because object does not have the buffer interface"),
            };
        };
        Builtins.TypeSetup.Def0(t, "tobytes", self => PyStr.From(((PyMemoryView)self)._bytes));
        Builtins.TypeSetup.Def0(t, "tolist", self => new PyList(((PyMemoryView)self)._bytes.Select(c => (PyObject)PyInt.Get(c)).ToArray()));
        Builtins.TypeSetup.Attr(t, "readonly", _ => PyBool.True);
        Builtins.TypeSetup.Attr(t, "itemsize", _ => PyInt.Get(1));
        Builtins.TypeSetup.Attr(t, "format", _ => PyStr.From("B"));
        return t;
    }

    public override PyType Type => TypeObject;
    public override int Length() => _bytes.Length;
    public override string Repr() => $"<memory at 0x{Id:x8}>";
    public override PyObject GetItem(PyObject key)
        => key is PySlice s ? new PyMemoryView(Sequences.SliceString(_bytes, s)) : PyStr.Char(_bytes[Sequences.NormalizeIndex(Ops.ToLong(key), _bytes.Length, "index out of bounds")]);
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        var text = other switch { PyMemoryView m => m._bytes, PyStr s => s.Value, _ => null };
        return text is null ? PyNotImplemented.Instance : PyBool.Of((text == _bytes) == (op == CompareOp.Eq));
    }
}
