using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>dict: constructor and methods (Python 2.7 library reference §5.8).</summary>
public static class DictType
{
    public static void Setup()
    {
        var t = BuiltinTypes.Dict;
        t.NewFunc = (cls, args, kw) => cls == BuiltinTypes.Dict ? new PyDict() : new PyDictSub(cls);
        Def(t, "__init__", (self, args, kw) => { Update((PyDict)self, args, kw, "dict"); return PyNone.Instance; });
        Def(t, "update", (self, args, kw) => { Update((PyDict)self, args, kw, "update"); return PyNone.Instance; });
        Def(t, "get", (self, args, kw) =>
        {
            Args.Count("get", args, kw, 1, 2);
            return ((PyDict)self).TryGetValue(args[0], out var v) ? v : args.Length > 1 ? args[1] : PyNone.Instance;
        });
        Def(t, "setdefault", (self, args, kw) =>
        {
            Args.Count("setdefault", args, kw, 1, 2);
            var d = (PyDict)self;
            if (d.TryGetValue(args[0], out var v)) return v;
            var value = args.Length > 1 ? args[1] : PyNone.Instance;
            d.Set(args[0], value);
            return value;
        });
        Def(t, "pop", (self, args, kw) =>
        {
            Args.Count("pop", args, kw, 1, 2);
            if (((PyDict)self).TryRemove(args[0], out var v)) return v;
            if (args.Length > 1) return args[1];
            throw PyErr.KeyError(args[0]);
        });
        Def0(t, "popitem", self =>
        {
            if (!((PyDict)self).TryPopFirst(out var k, out var v)) throw PyErr.New(BuiltinTypes.KeyError, "popitem(): dictionary is empty");
            return new PyTuple(k, v);
        });
        Def1(t, "has_key", (self, k) => PyBool.Of(((PyDict)self).ContainsKey(k)));
        Def0(t, "keys", self => new PyList(((PyDict)self).KeysList()));
        Def0(t, "values", self => new PyList(((PyDict)self).ValuesList()));
        Def0(t, "items", self => new PyList(((PyDict)self).Items().Select(kv => (PyObject)new PyTuple(kv.Key, kv.Value)).ToArray()));
        Def0(t, "iterkeys", self => new DictIterator((PyDict)self, DictIterator.Kind.Keys));
        Def0(t, "itervalues", self => new DictIterator((PyDict)self, DictIterator.Kind.Values));
        Def0(t, "iteritems", self => new DictIterator((PyDict)self, DictIterator.Kind.Items));
        Def0(t, "viewkeys", self => new PyDictView((PyDict)self, DictIterator.Kind.Keys));
        Def0(t, "viewvalues", self => new PyDictView((PyDict)self, DictIterator.Kind.Values));
        Def0(t, "viewitems", self => new PyDictView((PyDict)self, DictIterator.Kind.Items));
        Def0(t, "clear", self => { ((PyDict)self).Clear(); return PyNone.Instance; });
        Def0(t, "copy", self => ((PyDict)self).Copy());
        ClassMethod(t, "fromkeys", (args, kw) =>
        {
            Args.Count("fromkeys", args[1..], kw, 1, 2);
            return FromKeys((PyType)args[0], args[1], args.Length > 2 ? args[2] : PyNone.Instance);
        });
        Def0(t, "__len__", self => PyInt.Get(((PyDict)self).Count));
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def(t, "__setitem__", (self, args, kw) => { ((PyDict)self).Set(args[0], args[1]); return PyNone.Instance; });
        Def1(t, "__delitem__", (self, k) => { self.DelItem(k); return PyNone.Instance; });
        Def1(t, "__contains__", (self, k) => PyBool.Of(((PyDict)self).ContainsKey(k)));
        Def0(t, "__iter__", self => self.GetIter());
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
        Def1(t, "__ne__", (self, o) => self.RichCompare(o, CompareOp.Ne));
        t.Dict.SetStr("__hash__", PyNone.Instance);
    }

    /// <summary>dict(mapping_or_pairs, **kw) and d.update(...).</summary>
    public static void Update(PyDict d, PyObject[] args, string[]? kw, string name)
    {
        var nKw = kw?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos > 1) throw PyErr.TypeError($"{name} expected at most 1 arguments, got {nPos}");
        if (nPos == 1)
        {
            var src = args[0];
            // PyDict_Merge: any dict (a subclass too) is merged table to table, other mappings through keys().
            if (src is PyDict sd) d.Update(sd);
            else if (Ops.GetAttrOrNull(src, "keys") is { } keys)
            {
                foreach (var k in Ops.ToArray(keys.Call([], null))) d.Set(k, Ops.GetItem(src, k));
            }
            else
            {
                var index = 0;
                foreach (var item in Ops.ToArray(src))
                {
                    PyObject[] pair;
                    try { pair = Ops.ToArray(item); }
                    catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
                    {
                        throw PyErr.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
                    }
                    if (pair.Length != 2)
                        throw PyErr.ValueError($"dictionary update sequence element #{index} has length {pair.Length}; 2 is required");
                    d.Set(pair[0], pair[1]);
                    index++;
                }
            }
        }
        if (nKw > 0) d.Update(KeywordDict.For(args, kw!));
    }

    /// <summary>
    /// dict_fromkeys: an empty exact dict filled from an exact dict's or set's table presized (FillFromKeysOf);
    /// otherwise the keys in iteration order, each stored as d[key] = value (through __setitem__ for subclasses).
    /// </summary>
    private static PyObject FromKeys(PyType cls, PyObject seq, PyObject value)
    {
        var result = cls.Call([], null);
        if (result is PyDict d && d.Type == BuiltinTypes.Dict && d.Count == 0)
        {
            if (seq is PyDict sd && sd.Type == BuiltinTypes.Dict) { d.FillFromKeysOf(sd, value); return d; }
            if (seq is PySet ss && !ss.Type.IsHeapType) { d.FillFromKeysOf(ss.Table, value); return d; }
        }
        var it = Ops.GetIter(seq);
        while (Ops.Next(it, out var k))
        {
            if (result is PyDict exact && exact.Type == BuiltinTypes.Dict) exact.Set(k, value);
            else Ops.SetItem(result, k, value);
        }
        return result;
    }
}
