using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>tuple (Python 2.7 library reference §5.6).</summary>
public static class TupleType
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
    }
}
