using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>dict_keys, dict_values, dict_items: the methods of PyDictView as Python sees them.</summary>
public static class DictViewType
{
    public static void Setup()
    {
        foreach (var t in new[] { BuiltinTypes.DictKeys, BuiltinTypes.DictValues, BuiltinTypes.DictItems })
        {
            var name = t.Name;
            t.NewFunc = (cls, args, kw) => throw PyErr.TypeError($"cannot create '{name}' instances");
            Def0(t, "__len__", self => PyInt.Get(self.Length()));
            Def0(t, "__iter__", self => self.GetIter());
            Def0(t, "__repr__", self => PyStr.From(self.Repr()));
            if (t == BuiltinTypes.DictValues) continue;
            Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
            // Set-like views compare as sets and so are unhashable (PyType_Ready's __hash__ = None).
            t.Dict.SetStr("__hash__", PyNone.Instance);
        }
    }
}
