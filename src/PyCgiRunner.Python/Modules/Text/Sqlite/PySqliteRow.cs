using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.Row (pysqlite's row.c), the row_factory with access by index and by column name. A name matches
/// ignoring ASCII case byte by byte (pysqlite compares with | 0x20); rows are equal when their descriptions
/// and values are.
/// </summary>
[PythonType]
internal sealed partial class PySqliteRow : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private readonly PyDict? _dict;
    private readonly PyTuple _data;
    private readonly PyObject _description;

    private PySqliteRow(PyType type, PyTuple data, PyObject description)
    {
        _type = type;
        _data = data;
        _description = description;
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;
    public override string Repr() => $"<{_type.ModuleName}.{_type.Name} object at 0x{Id:x8}>";

    public override int Length() => _data.Count;
    public override PyObject GetIter() => _data.GetIter();
    public override long Hash() => Ops.Hash(_description) ^ Ops.Hash(_data);

    [PythonFunction("__len__")]
    public int Len() => _data.Count;

    [PythonFunction("__iter__")]
    public PyObject Iter() => _data.GetIter();

    [PythonFunction("__hash__")]
    public long HashMethod() => Hash();

    [PythonFunction("__getitem__")]
    public PyObject GetItemMethod(PyObject key) => GetItem(key);

    public override PyObject GetItem(PyObject key)
    {
        switch (key)
        {
            case PyInt or PyLong:
                long index;
                try
                {
                    index = Ops.ToLong(key);
                }
                catch (PythonException e) when (e.IsInstance(BuiltinTypes.OverflowError))
                {
                    throw PyErr.IndexError("cannot fit 'long' into an index-sized integer");
                }
                if (index < 0) index += _data.Count;
                if (index < 0 || index >= _data.Count) throw PyErr.IndexError("tuple index out of range");
                return _data[(int)index];
            case PyStr name:
                var names = Ops.ToArray(_description);
                for (var i = 0; i < names.Length; i++)
                    if (Ops.GetItem(names[i], PyInt.Get(0)) is PyStr column && SameName(name.Value, column.Value)) return _data[i];
                throw PyErr.IndexError("No item with that key");
            case PySlice:
                throw PyErr.ValueError("slices not implemented, yet");
            default:
                throw PyErr.IndexError("Index must be int or string");
        }
    }

    private static bool SameName(string a, string b)
    {
        if (a.Length != b.Length) return false;
        for (var i = 0; i < a.Length; i++)
            if ((a[i] | 0x20) != (b[i] | 0x20)) return false;
        return true;
    }

    [PythonFunction(Doc = "Returns the keys of the row.")]
    public PyList keys() => new(Ops.ToArray(_description).Select(d => Ops.GetItem(d, PyInt.Get(0))).ToArray());

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PySqliteRow row) return PyNotImplemented.Instance;
        var same = Ops.Eq(_description, row._description) && Ops.Eq(_data, row._data);
        return PyBool.Of(op == CompareOp.Eq ? same : !same);
    }

    private static PyType CreateType()
    {
        var t = new PyType("Row", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        t.NewFunc = (cls, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("Row() does not take keyword arguments");
            if (args.Length != 2) throw PyErr.TypeError($"function takes exactly 2 arguments ({args.Length} given)");
            if (args[0] is not PySqliteCursor cursor) throw PyErr.TypeError("instance of cursor required for first argument");
            if (args[1] is not PyTuple data) throw PyErr.TypeError("tuple required for second argument");
            return new PySqliteRow(cls, data, cursor.Description);
        };
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            t.Dict.SetStr(name, new PyBuiltinMethodDescriptor(name, t, (self, args, kw) =>
            {
                ArgBinding.Positional(name, args, kw, 1, 1);
                return self.RichCompare(args[0], op);
            }));
        DefineMembers(t);
        return t;
    }
}
