using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

public static partial class StrType
{
    private static void SetupMethods()
    {
        foreach (var t in new[] { BuiltinTypes.Str, BuiltinTypes.Unicode })
        {
            Def0(t, "__len__", self => PyInt.Get(((PyBaseString)self).Value.Length));
            Def0(t, "__str__", self => self is PyStr ? PyStr.From(((PyStr)self).Value) : PyStr.From(self.Str()));
            Def0(t, "__repr__", self => PyStr.From(self.Repr()));
            Def0(t, "__hash__", self => PyInt.Get(self.Hash()));
            Def1(t, "__getitem__", (self, k) => self.GetItem(k));
            Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
            Def1(t, "__add__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Add, o));
            Def1(t, "__mod__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Mod, o));
            Def1(t, "__mul__", (self, o) => self.BinaryOp(Ast.BinaryOperator.Mult, o));
            Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
            Def1(t, "__ne__", (self, o) => self.RichCompare(o, CompareOp.Ne));
            Def1(t, "__lt__", (self, o) => self.RichCompare(o, CompareOp.Lt));
            Def(t, "__getslice__", (self, args, kw) => self.GetItem(new PySlice(args[0], args[1], PyNone.Instance)));
            Def(t, "__format__", (self, args, kw) => Formatting.FormatBuiltin(self, Ops.Str(args[0])));
            Def0(t, "__getnewargs__", self => new PyTuple(self));
        }
    }
}
