using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>list: constructor and methods (Python 2.7 library reference §5.6.4).</summary>
public static class ListType
{
    public static void Setup()
    {
        var t = BuiltinTypes.List;
        t.NewFunc = (cls, args, kw) => cls == BuiltinTypes.List ? new PyList() : new PyListSub(cls);
        Def(t, "__init__", (self, args, kw) =>
        {
            Args.Count("list", args, kw, 0, 1);
            var list = (PyList)self;
            list.Clear();
            if (args.Length == 1) list.Extend(args[0]);
            return PyNone.Instance;
        });
        Def1(t, "append", (self, x) => { ((PyList)self).Append(x); return PyNone.Instance; });
        Def1(t, "extend", (self, x) => { ((PyList)self).Extend(x); return PyNone.Instance; });
        Def(t, "insert", (self, args, kw) =>
        {
            Args.Count("insert", args, kw, 2, 2);
            ((PyList)self).Insert(Args.Int(args[0], "index"), args[1]);
            return PyNone.Instance;
        });
        Def(t, "pop", (self, args, kw) =>
        {
            Args.Count("pop", args, kw, 0, 1);
            return ((PyList)self).PopAt(args.Length == 0 ? -1 : Args.Int(args[0], "index"));
        });
        Def1(t, "remove", (self, x) =>
        {
            var list = (PyList)self;
            for (var i = 0; i < list.Count; i++)
                if (Ops.Eq(list[i], x)) { list.RemoveAt(i); return PyNone.Instance; }
            throw PyErr.ValueError("list.remove(x): x not in list");
        });
        Def(t, "index", (self, args, kw) =>
        {
            Args.Count("index", args, kw, 1, 3);
            var list = (PyList)self;
            var (start, stop) = Bounds(args, list.Count);
            for (var i = start; i < stop && i < list.Count; i++)
                if (Ops.Eq(list[i], args[0])) return PyInt.Get(i);
            throw PyErr.ValueError(Ops.Repr(args[0]) + " is not in list");
        });
        Def1(t, "count", (self, x) =>
        {
            var n = 0;
            foreach (var v in ((PyList)self).ToArray()) if (Ops.Eq(v, x)) n++;
            return PyInt.Get(n);
        });
        Def0(t, "reverse", self => { ((PyList)self).Reverse(); return PyNone.Instance; });
        Def(t, "sort", (self, args, kw) =>
        {
            var a = Args.Bind("sort", args, kw, 0, "cmp", "key", "reverse");
            Sorting.SortList((PyList)self, a[0], a[1], a[2] is not null && Ops.IsTrue(a[2]!));
            return PyNone.Instance;
        });
        Def0(t, "__len__", self => PyInt.Get(((PyList)self).Count));
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def(t, "__setitem__", (self, args, kw) => { self.SetItem(args[0], args[1]); return PyNone.Instance; });
        Def1(t, "__delitem__", (self, k) => { self.DelItem(k); return PyNone.Instance; });
        Def(t, "__getslice__", (self, args, kw) => self.GetItem(new PySlice(args[0], args[1], PyNone.Instance)));
        Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
        Def0(t, "__iter__", self => self.GetIter());
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def1(t, "__add__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Add, o));
        Def1(t, "__iadd__", (self, o) => self.InPlaceOp(Ast.BinaryOperator.Add, o));
        Def1(t, "__mul__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Mult, o));
        Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
        Def1(t, "__ne__", (self, o) => self.RichCompare(o, CompareOp.Ne));
        Def1(t, "__lt__", (self, o) => self.RichCompare(o, CompareOp.Lt));
        Def0(t, "__reversed__", self => new ArrayIterator(((PyList)self).ToArray().Reverse().ToArray(), ((PyList)self).Count, BuiltinTypes.ListReverseIterator));
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }

    public static (int start, int stop) Bounds(PyObject[] args, int length)
    {
        long start = args.Length > 1 ? Args.Int(args[1], "start") : 0;
        long stop = args.Length > 2 ? Args.Int(args[2], "stop") : length;
        if (start < 0) start = Math.Max(0, start + length);
        if (stop < 0) stop = Math.Max(0, stop + length);
        return ((int)Math.Min(start, length), (int)Math.Min(stop, length));
    }
}
