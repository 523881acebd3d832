using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Data.Arrays;

/// <summary>The methods and attributes of array.array (library reference §8.6), with CPython 2.7's messages.</summary>
internal static class ArrayMethods
{
    private static PyArray A(PyObject self) => (PyArray)self;
    private static readonly PyObject None = PyNone.Instance;

    public static void Define(PyType t)
    {
        Attr(t, "typecode", self => PyStr.Char(A(self).Code.Code));
        Attr(t, "itemsize", self => PyInt.Get(A(self).Code.ItemSize));
        Def1(t, "append", (self, x) => { A(self).Items.Add(A(self).Code.Coerce(x)); return None; });
        Def0(t, "buffer_info", self => new PyTuple(PyInt.Get(self.Id), PyInt.Get(A(self).Items.Count)));
        Def0(t, "byteswap", self => { Byteswap(A(self)); return None; });
        Def1(t, "count", (self, x) => PyInt.Get(A(self).Items.Count(v => Ops.Eq(v, x))));
        Def1(t, "extend", (self, x) => { A(self).Extend(x); return None; });
        Def(t, "fromfile", (self, args, kw) => FromFile(A(self), "fromfile", args, kw));
        Def(t, "read", (self, args, kw) => FromFile(A(self), "read", args, kw));
        Def1(t, "fromlist", (self, x) => { FromList(A(self), x); return None; });
        Def1(t, "fromstring", (self, x) => { A(self).AddBytes(ArrayModule.Latin1Bytes(StringArg("fromstring", x))); return None; });
        Def1(t, "fromunicode", (self, x) => { FromUnicode(A(self), x); return None; });
        Def1(t, "index", (self, x) =>
        {
            var i = A(self).Items.FindIndex(v => Ops.Eq(v, x));
            return i >= 0 ? PyInt.Get(i) : throw PyErr.ValueError("array.index(x): x not in list");
        });
        Def(t, "insert", (self, args, kw) =>
        {
            Args.Count("insert", args, kw, 2, 2);
            var items = A(self).Items;
            var i = Args.Int(args[0], "index");
            if (i < 0) i = Math.Max(0, i + items.Count);
            items.Insert((int)Math.Min(i, items.Count), A(self).Code.Coerce(args[1]));
            return None;
        });
        Def(t, "pop", (self, args, kw) =>
        {
            Args.Count("pop", args, kw, 0, 1);
            var items = A(self).Items;
            var at = args.Length == 0 ? -1 : Args.Int(args[0], "index");
            if (items.Count == 0) throw PyErr.IndexError("pop from empty array");
            var i = Sequences.NormalizeIndex(at, items.Count, "pop index out of range");
            var v = items[i];
            items.RemoveAt(i);
            return v;
        });
        Def1(t, "remove", (self, x) =>
        {
            var i = A(self).Items.FindIndex(v => Ops.Eq(v, x));
            if (i < 0) throw PyErr.ValueError("array.remove(x): x not in list");
            A(self).Items.RemoveAt(i);
            return None;
        });
        Def0(t, "reverse", self => { A(self).Items.Reverse(); return None; });
        Def1(t, "tofile", (self, f) => { ToFile(A(self), f); return None; });
        Def1(t, "write", (self, f) => { ToFile(A(self), f); return None; });
        Def0(t, "tolist", self => new PyList(A(self).Items.ToArray()));
        Def0(t, "tostring", self => PyStr.From(PyArray.Latin1(A(self).ToBytes())));
        Def0(t, "tounicode", self =>
        {
            if (A(self).Code.Code != 'u') throw PyErr.ValueError("tounicode() may only be called on type 'u' arrays");
            return new PyUnicode(string.Concat(A(self).Items.Select(i => ((PyUnicode)i).Value)));
        });
        Def0(t, "__copy__", self => new PyArray(A(self).Code, A(self).Items, self.Type));
        Def1(t, "__deepcopy__", (self, memo) => new PyArray(A(self).Code, A(self).Items, self.Type));
        Def0(t, "__reduce__", self => Reduce(A(self)));
        Def(t, "__reduce_ex__", (self, args, kw) => Reduce(A(self)));
        DefineProtocol(t);
    }

    /// <summary>The special methods, so that Python subclasses and explicit calls reach the builtin behaviour.</summary>
    private static void DefineProtocol(PyType t)
    {
        Def0(t, "__len__", self => PyInt.Get(self.Length()));
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def0(t, "__iter__", self => self.GetIter());
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def(t, "__setitem__", (self, args, kw) => { Args.Count("__setitem__", args, kw, 2, 2); self.SetItem(args[0], args[1]); return None; });
        Def1(t, "__delitem__", (self, k) => { self.DelItem(k); return None; });
        Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
        Def1(t, "__add__", (self, o) => self.BinaryOp(BinaryOperator.Add, o));
        Def1(t, "__mul__", (self, o) => self.BinaryOp(BinaryOperator.Mult, o));
        Def1(t, "__rmul__", (self, o) => self.ReflectedBinaryOp(BinaryOperator.Mult, o));
        Def1(t, "__iadd__", (self, o) => self.InPlaceOp(BinaryOperator.Add, o));
        Def1(t, "__imul__", (self, o) => self.InPlaceOp(BinaryOperator.Mult, o));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt),
                     ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            Def1(t, name, (self, o) => self.RichCompare(o, op));
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }

    private static PyObject Reduce(PyArray a)
    {
        var state = a.InstanceDict is { } d && d.Count > 0 ? (PyObject)d : PyNone.Instance;
        return new PyTuple(a.Type, new PyTuple(PyStr.Char(a.Code.Code), new PyList(a.Items.ToArray())), state);
    }

    private static string StringArg(string fn, PyObject x) => x switch
    {
        PyStr s => s.Value,
        PyByteArray b => b.AsString(),
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"{fn}() argument 1 must be string or read-only buffer, not {x.Type.Name}"),
    };

    /// <summary>fromlist: the list's items all coerce, or the array is left unchanged.</summary>
    private static void FromList(PyArray a, PyObject x)
    {
        if (x is not PyList list) throw PyErr.TypeError("arg must be list");
        var items = list.ToArray().Select(a.Code.Coerce).ToArray();
        a.Items.AddRange(items);
    }

    private static void FromUnicode(PyArray a, PyObject x)
    {
        if (x is not PyUnicode u)
            throw PyErr.TypeError(x is PyStr
                ? "fromunicode() argument 1 must be cannot convert raw buffers, not str"
                : $"fromunicode() argument 1 must be unicode, not {x.Type.Name}");
        if (a.Code.Code != 'u') throw PyErr.ValueError("fromunicode() may only be called on type 'u' arrays");
        foreach (var ch in u.Value) a.Items.Add(new PyUnicode(ch.ToString()));
    }

    /// <summary>byteswap: reverses each item's bytes; only 1, 2, 4 and 8 byte items exist, so it never fails.</summary>
    private static void Byteswap(PyArray a)
    {
        var size = a.Code.ItemSize;
        var bytes = a.ToBytes();
        for (var at = 0; at < bytes.Length; at += size) bytes.AsSpan(at, size).Reverse();
        a.Items.Clear();
        a.AddBytes(bytes);
    }

    /// <summary>fromfile(f, n): n items from a real file; a short read keeps the whole items and raises EOFError.</summary>
    private static PyObject FromFile(PyArray a, string fn, PyObject[] args, string[]? kw)
    {
        Args.Count(fn, args, kw, 2, 2);
        if (args[0] is not PyFile file) throw PyErr.TypeError("arg1 must be open file");
        var n = Args.Int(args[1], "n");
        if (n <= 0) return None;
        var wanted = n * a.Code.ItemSize;
        var data = ArrayModule.Latin1Bytes(file.Read(wanted));
        var whole = data.Length - data.Length % a.Code.ItemSize;
        a.AddBytes(data.AsSpan(0, whole));
        if (data.Length < wanted) throw PyErr.EOFError("not enough items in file");
        return None;
    }

    private static void ToFile(PyArray a, PyObject f)
    {
        if (f is not PyFile file) throw PyErr.TypeError("arg must be open file");
        file.Write(PyArray.Latin1(a.ToBytes()));
    }
}
