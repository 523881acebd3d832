using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>set and frozenset: constructors and methods (Python 2.7 library reference §5.7), over PySet's algebra.</summary>
public static class SetType
{
    /// <summary>frozenset() is one object, as in CPython; it never changes, so runs may share it.</summary>
    private static readonly PySet s_emptyFrozenSet = new(frozen: true);

    public static void Setup()
    {
        var st = BuiltinTypes.Set;
        st.NewFunc = (cls, args, kw) =>
        {
            if (cls == BuiltinTypes.Set && kw is { Length: > 0 }) throw PyErr.TypeError("set() does not take keyword arguments");
            return cls == BuiltinTypes.Set ? new PySet() : new PySetSub(cls, frozen: false);
        };
        Def(st, "__init__", (self, args, kw) =>
        {
            var set = (PySet)self;
            if (set.Type == BuiltinTypes.Set && kw is { Length: > 0 }) throw PyErr.TypeError("set() does not take keyword arguments");
            Args.Count(set.Type.Name, args, null, 0, 1);
            set.Clear();
            if (args.Length == 1) set.UpdateFrom(args[0]);
            return PyNone.Instance;
        });
        Def1(st, "add", (self, x) => { ((PySet)self).Add(x); return PyNone.Instance; });
        Def1(st, "discard", (self, x) => { ((PySet)self).Discard(PySet.SetKey(x)); return PyNone.Instance; });
        Def1(st, "remove", (self, x) =>
        {
            if (!((PySet)self).Discard(PySet.SetKey(x))) throw PyErr.KeyError(x);
            return PyNone.Instance;
        });
        Def0(st, "pop", self => ((PySet)self).Pop());
        Def0(st, "clear", self => { ((PySet)self).Clear(); return PyNone.Instance; });
        Def(st, "update", (self, args, kw) =>
        {
            Args.Count("update", args, kw, 0, int.MaxValue);
            foreach (var a in args) ((PySet)self).UpdateFrom(a);
            return PyNone.Instance;
        });
        Def(st, "intersection_update", (self, args, kw) =>
        {
            Args.Count("intersection_update", args, kw, 0, int.MaxValue);
            ((PySet)self).IntersectionUpdate(args);
            return PyNone.Instance;
        });
        Def(st, "difference_update", (self, args, kw) =>
        {
            Args.Count("difference_update", args, kw, 0, int.MaxValue);
            foreach (var a in args) ((PySet)self).DifferenceUpdate(a);
            return PyNone.Instance;
        });
        Def1(st, "symmetric_difference_update", (self, o) => { ((PySet)self).SymmetricDifferenceUpdate(o); return PyNone.Instance; });
        Def0(st, "copy", self => ((PySet)self).Copy());
        Def0(st, "__reduce__", Reduce);
        st.Dict.SetStr("__hash__", PyNone.Instance);

        var ft = BuiltinTypes.FrozenSet;
        ft.NewFunc = (cls, args, kw) =>
        {
            if (cls == BuiltinTypes.FrozenSet && kw is { Length: > 0 }) throw PyErr.TypeError("frozenset() does not take keyword arguments");
            Args.Count(cls.Name, args, null, 0, 1);
            if (cls != BuiltinTypes.FrozenSet)
            {
                var sub = new PySetSub(cls, frozen: true);
                if (args.Length == 1) sub.UpdateFrom(args[0]);
                return sub;
            }
            if (args.Length == 1)
            {
                // frozenset(f) is f itself when f is an exact frozenset.
                if (args[0] is PySet { IsFrozen: true } f && f.Type == BuiltinTypes.FrozenSet) return f;
                var made = PySet.FromIterable(args[0], frozen: true);
                if (made.Count > 0) return made;
            }
            return s_emptyFrozenSet;
        };
        Def0(ft, "copy", self => self.Type == BuiltinTypes.FrozenSet ? self : ((PySet)self).Copy());
        Def0(ft, "__reduce__", Reduce);

        foreach (var t in new[] { st, ft })
        {
            Def(t, "union", (self, args, kw) => { Args.Count("union", args, kw, 0, int.MaxValue); return ((PySet)self).Union(args); });
            Def(t, "intersection", (self, args, kw) => { Args.Count("intersection", args, kw, 0, int.MaxValue); return ((PySet)self).IntersectionMulti(args); });
            Def(t, "difference", (self, args, kw) => { Args.Count("difference", args, kw, 0, int.MaxValue); return ((PySet)self).DifferenceMulti(args); });
            Def1(t, "symmetric_difference", (self, o) => ((PySet)self).SymmetricDifference(o));
            Def1(t, "issubset", (self, o) => PyBool.Of(((PySet)self).IsSubsetOf(AsSet(o))));
            Def1(t, "issuperset", (self, o) => PyBool.Of(AsSet(o).IsSubsetOf((PySet)self)));
            Def1(t, "isdisjoint", (self, o) => PyBool.Of(IsDisjoint((PySet)self, o)));
            Def0(t, "__len__", self => PyInt.Get(((PySet)self).Count));
            Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
            Def0(t, "__iter__", self => self.GetIter());
            Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        }
    }

    /// <summary>A set operand given as any iterable (issubset, issuperset).</summary>
    private static PySet AsSet(PyObject o) => o as PySet ?? PySet.FromIterable(o, frozen: false);

    /// <summary>set_isdisjoint: with a set, the smaller is iterated; otherwise the iterable's items are looked up.</summary>
    private static bool IsDisjoint(PySet self, PyObject other)
    {
        if (ReferenceEquals(self, other)) return self.Count == 0;
        if (other is PySet o)
        {
            var (small, large) = o.Count > self.Count ? (self, o) : (o, self);
            foreach (var k in small.Keys)
                if (large.Table.ContainsKey(k)) return false;
            return true;
        }
        var it = Ops.GetIter(other);
        while (Ops.Next(it, out var v))
            if (self.Table.ContainsKey(v)) return false;
        return true;
    }

    // set_reduce: (type, (list of items,), instance dict or None), for pickle and copy.
    private static PyObject Reduce(PyObject self)
        => new PyTuple(self.Type, new PyTuple(new PyList(((PySet)self).Keys.ToArray())), (PyObject?)self.InstanceDict ?? PyNone.Instance);
}
