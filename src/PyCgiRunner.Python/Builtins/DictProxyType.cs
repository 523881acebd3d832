using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// Methods of dictproxy (a type's read-only __dict__): the reading half of dict's, each applied to a fresh
/// result (copy() is a new dict), so nothing a script gets back aliases the type's namespace.
/// </summary>
public static class DictProxyType
{
    private static readonly string[] Forwarded = ["keys", "values", "items", "iterkeys", "itervalues", "iteritems", "copy"];

    public static void Setup()
    {
        var t = BuiltinTypes.DictProxy;
        t.NewFunc = null;
        foreach (var name in Forwarded)
        {
            var method = name;
            Def0(t, method, self => Ops.CallMethod(((PyDictProxy)self).Target, method));
        }
        Def(t, "get", (self, args, kw) =>
        {
            Args.Count("get", args, kw, 1, 2);
            return ((PyDictProxy)self).Target.TryGetValue(args[0], out var v) ? v : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        Def1(t, "has_key", (self, k) => PyBool.Of(self.Contains(k)));
        Def1(t, "__contains__", (self, k) => PyBool.Of(self.Contains(k)));
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def0(t, "__len__", self => PyInt.Get(self.Length()));
        Def0(t, "__iter__", self => self.GetIter());
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def0(t, "__str__", self => PyStr.From(self.Str()));
        Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
        Def1(t, "__ne__", (self, o) => self.RichCompare(o, CompareOp.Ne));
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }
}
