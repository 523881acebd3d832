using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// object.__reduce__ and object.__reduce_ex__ (Objects/typeobject.c in 2.7), which pickle, cPickle and copy rely
/// on: protocols 0 and 1 go through copy_reg._reduce_ex; protocol 2 builds (copy_reg.__newobj__, (cls,) + args,
/// state, listitems, dictitems) from __getnewargs__, __getstate__ or the instance dict and __slots__ values.
/// </summary>
public static class ObjectReduce
{
    public static void Setup(PyType o)
    {
        TypeSetup.Def(o, "__reduce_ex__", (self, args, kw) =>
        {
            Args.Count("__reduce_ex__", args, kw, 0, 1);
            var protocol = args.Length == 0 ? 0 : Args.Int(args[0], "protocol");
            // A class that overrides __reduce__ (and not __reduce_ex__) is reduced by its own __reduce__.
            if (self.Type.Lookup("__reduce__") is { } reduce && !ReferenceEquals(reduce, o.Dict.GetStrOrNull("__reduce__")))
                return Ops.CallMethod(self, "__reduce__");
            return Common(self, protocol);
        });
        TypeSetup.Def(o, "__reduce__", (self, args, kw) =>
        {
            Args.Count("__reduce__", args, kw, 0, 0);
            return Common(self, 0);
        });
    }

    private static PyObject Common(PyObject self, long protocol)
    {
        var copyReg = ImportCopyReg();
        if (protocol >= 2) return ReduceNew(self, copyReg);
        return Ops.CallFunction(Ops.GetAttr(copyReg, "_reduce_ex"), self, PyInt.Get(protocol));
    }

    private static PyObject ReduceNew(PyObject self, PyObject copyReg)
    {
        // Objects of a type that cannot be created from Python (no tp_new) cannot be rebuilt either.
        var solid = self.Type.SolidBase;
        if (solid.NewFunc is null && solid != BuiltinTypes.Object) throw PyErr.TypeError($"can't pickle {self.Type.Name} objects");
        var cls = Ops.GetAttr(self, "__class__");
        PyObject args = PyTuple.Empty;
        if (Ops.GetAttrOrNull(self, "__getnewargs__") is { } getNewArgs)
        {
            args = Ops.CallFunction(getNewArgs);
            if (args is not PyTuple) throw PyErr.TypeError($"__getnewargs__ should return a tuple, not '{args.Type.Name}'");
        }
        PyObject state;
        if (Ops.GetAttrOrNull(self, "__getstate__") is { } getState) state = Ops.CallFunction(getState);
        else
        {
            state = Ops.GetAttrOrNull(self, "__dict__") ?? PyNone.Instance;
            var names = Ops.CallFunction(Ops.GetAttr(copyReg, "_slotnames"), cls);
            if (names is not PyNone && Ops.Length(names) > 0)
            {
                var slots = new PyDict();
                foreach (var name in Ops.ToArray(names))
                    if (Ops.GetAttrOrNull(self, Ops.Str(name)) is { } value) slots.SetItem(name, value);
                if (slots.Count > 0) state = new PyTuple(state, slots);
            }
        }
        PyObject listItems = self is PyList ? Ops.GetIter(self) : PyNone.Instance;
        PyObject dictItems = self is PyDict ? Ops.CallMethod(self, "iteritems") : PyNone.Instance;
        var newArgs = new PyObject[((PyTuple)args).Count + 1];
        newArgs[0] = cls;
        Array.Copy(((PyTuple)args).Items, 0, newArgs, 1, newArgs.Length - 1);
        return new PyTuple(Ops.GetAttr(copyReg, "__newobj__"), new PyTuple(newArgs), state, listItems, dictItems);
    }

    private static PyObject ImportCopyReg()
    {
        var ctx = PyContext.Current;
        return ctx.Modules.GetStrOrNull("copy_reg") ?? ctx.Engine.Importer.ImportDotted(ctx, "copy_reg");
    }
}
