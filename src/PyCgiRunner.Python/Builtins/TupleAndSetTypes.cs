using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>tuple, set and frozenset.</summary>
public static class TupleAndSetTypes
{
    public static void Setup()
    {
        var t = BuiltinTypes.Tuple;
        t.NewFunc = (cls, args, kw) =>
        {
            Args.Count("tuple", args, kw, 0, 1);
            var items = args.Length == 0 ? [] : Ops.ToArray(args[0]);
            return cls == BuiltinTypes.Tuple ? (args.Length == 1 && args[0] is PyTuple pt && pt.Type == BuiltinTypes.Tuple ? pt : PyTuple.Of(items)) : new PyTupleSub(cls, items);
        };
        Def(t, "index", (self, args, kw) =>
        {
            Args.Count("index", args, kw, 1, 3);
            var items = ((PyTuple)self).Items;
            var (start, stop) = ListType.Bounds(args, items.Length);
            for (var i = start; i < stop; i++) if (Ops.Eq(items[i], args[0])) return PyInt.Get(i);
            throw PyErr.ValueError("tuple.index(x): x not in tuple");
        });
        Def1(t, "count", (self, x) => PyInt.Get(((PyTuple)self).Items.Count(v => Ops.Eq(v, x))));
        Def0(t, "__len__", self => PyInt.Get(((PyTuple)self).Count));
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def(t, "__getslice__", (self, args, kw) => self.GetItem(new PySlice(args[0], args[1], PyNone.Instance)));
        Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
        Def0(t, "__iter__", self => self.GetIter());
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def0(t, "__hash__", self => PyInt.Get(self.Hash()));
        Def0(t, "__getnewargs__", self => new PyTuple(PyTuple.Of(((PyTuple)self).Items)));
        Def1(t, "__add__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Add, o));
        Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
        Def1(t, "__lt__", (self, o) => self.RichCompare(o, CompareOp.Lt));

        foreach (var st in new[] { BuiltinTypes.Set, BuiltinTypes.FrozenSet })
        {
            var frozen = st == BuiltinTypes.FrozenSet;
            st.NewFunc = (cls, args, kw) =>
            {
                Args.Count(cls.Name, args, kw, 0, 1);
                var set = cls == st ? new PySet(frozen) : new PySetSub(cls, frozen);
                if (frozen && args.Length == 1) foreach (var v in Ops.ToArray(args[0])) set.Add(v);
                return set;
            };
            if (!frozen)
            {
                Def(st, "__init__", (self, args, kw) =>
                {
                    Args.Count("set", args, kw, 0, 1);
                    var set = (PySet)self;
                    set.Table.Clear();
                    if (args.Length == 1) foreach (var v in Ops.ToArray(args[0])) set.Add(v);
                    return PyNone.Instance;
                });
                Def1(st, "add", (self, x) => { ((PySet)self).Add(x); return PyNone.Instance; });
                Def1(st, "discard", (self, x) => { ((PySet)self).Discard(PySet.SetKey(x)); return PyNone.Instance; });
                Def1(st, "remove", (self, x) =>
                {
                    if (!((PySet)self).Discard(PySet.SetKey(x))) throw PyErr.KeyError(x);
                    return PyNone.Instance;
                });
                Def0(st, "pop", self =>
                {
                    var set = (PySet)self;
                    var first = set.Keys.FirstOrDefault() ?? throw PyErr.New(BuiltinTypes.KeyError, "pop from an empty set");
                    set.Discard(first);
                    return first;
                });
                Def0(st, "clear", self => { ((PySet)self).Table.Clear(); return PyNone.Instance; });
                Def(st, "update", (self, args, kw) => { foreach (var a in args) foreach (var v in Ops.ToArray(a)) ((PySet)self).Add(v); return PyNone.Instance; });
                Def(st, "intersection_update", (self, args, kw) => Replace(self, SetOp(self, args, (a, b) => a.Where(b.Table.ContainsKey))));
                Def(st, "difference_update", (self, args, kw) => Replace(self, SetOp(self, args, (a, b) => a.Where(k => !b.Table.ContainsKey(k)))));
                Def(st, "symmetric_difference_update", (self, args, kw) => Replace(self, (PySet)Ops.Binary(Ast.BinaryOperator.BitXor, self, AsSet(args[0]))));
            }
            Def(st, "union", (self, args, kw) => SetOp(self, args, (a, b) => a.Concat(b.Keys)));
            Def(st, "intersection", (self, args, kw) => SetOp(self, args, (a, b) => a.Where(b.Table.ContainsKey)));
            Def(st, "difference", (self, args, kw) => SetOp(self, args, (a, b) => a.Where(k => !b.Table.ContainsKey(k))));
            Def1(st, "symmetric_difference", (self, o) => Ops.Binary(Ast.BinaryOperator.BitXor, self, AsSet(o)));
            Def1(st, "issubset", (self, o) => PyBool.Of(((PySet)self).IsSubsetOf(AsSet(o))));
            Def1(st, "issuperset", (self, o) => PyBool.Of(AsSet(o).IsSubsetOf((PySet)self)));
            Def1(st, "isdisjoint", (self, o) => PyBool.Of(!((PySet)self).Keys.Any(AsSet(o).Table.ContainsKey)));
            Def0(st, "copy", self => ((PySet)self).NewOfSameKind(((PySet)self).Keys));
            // set_reduce: (type, (list of items,), instance dict or None), for pickle and copy.
            Def0(st, "__reduce__", self => new PyTuple(self.Type, new PyTuple(new PyList(((PySet)self).Keys.ToArray())), (PyObject?)self.InstanceDict ?? PyNone.Instance));
            Def0(st, "__len__", self => PyInt.Get(((PySet)self).Count));
            Def1(st, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
            Def0(st, "__iter__", self => self.GetIter());
            Def0(st, "__repr__", self => PyStr.From(self.Repr()));
            if (!frozen) st.Dict.SetStr("__hash__", PyNone.Instance);
        }
    }

    private static PySet AsSet(PyObject o) => o as PySet ?? new PySet(Ops.ToArray(o));

    private static PySet SetOp(PyObject self, PyObject[] args, Func<IEnumerable<PyObject>, PySet, IEnumerable<PyObject>> op)
    {
        var set = (PySet)self;
        IEnumerable<PyObject> acc = set.Keys;
        foreach (var a in args) acc = op(acc.ToList(), AsSet(a));
        return set.NewOfSameKind(acc);
    }

    private static PyObject Replace(PyObject self, PySet result)
    {
        var set = (PySet)self;
        var keys = result.Keys.ToList();
        set.Table.Clear();
        foreach (var k in keys) set.Add(k);
        return PyNone.Instance;
    }
}
