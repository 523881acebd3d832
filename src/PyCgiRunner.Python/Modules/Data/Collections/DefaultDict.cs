using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>
/// collections.defaultdict (CPython 2.7's Modules/_collectionsmodule.c, defdict_*): a dict whose d[key] calls
/// type(d).__missing__ for a missing key, which stores and returns default_factory(). get(), "in" and the
/// other dict methods never call it.
/// </summary>
[PythonType]
internal sealed partial class DefaultDict : PyDict, ITraversable
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private PyDict? _dict;

    public DefaultDict(PyType type) { _type = type; }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _type.HasInstanceDict ? _dict ??= new PyDict() : null;

    /// <summary>The member default_factory: None (CPython's NULL) or any object, callable or not once set.</summary>
    public PyObject Factory { get; set; } = PyNone.Instance;

    private static PyType CreateType()
    {
        var t = SystemSupport.NewType("defaultdict", "collections", BuiltinTypes.Dict);
        t.NewFunc = (cls, _, _) => new DefaultDict(cls);
        t.Dict.SetStr("__doc__", PyStr.From(
            "defaultdict(default_factory[, ...]) --> dict with default factory\n\nd[key] for a missing key stores and returns default_factory();\n" +
            "the other arguments are those of dict(). It equals a dict with the same items.\n"));
        // defdict_init: the first positional argument is the factory, everything else goes to dict.__init__.
        TypeSetup.Def(t, "__init__", (self, args, kw) =>
        {
            var positional = args.Length - (kw?.Length ?? 0);
            var rest = args;
            ((DefaultDict)self).Factory = PyNone.Instance;
            if (positional > 0)
            {
                var factory = args[0];
                if (factory is not PyNone && !BuiltinFunctions.IsCallable(factory))
                    throw PyErr.TypeError("first argument must be callable or None");
                ((DefaultDict)self).Factory = factory;
                rest = args[1..];
            }
            DictType.Update((PyDict)self, rest, kw, "dict");
            return PyNone.Instance;
        });
        // A T_OBJECT member: any value may be stored, and deleting it leaves None.
        t.Dict.SetStr("default_factory", new PyGetSetDescriptor("default_factory", self => ((DefaultDict)self).Factory,
            (self, value) => ((DefaultDict)self).Factory = value, self => ((DefaultDict)self).Factory = PyNone.Instance));
        DefineMembers(t);
        return t;
    }

    /// <summary>defdict_traverse: the factory, then the dict's keys and values.</summary>
    public void Traverse(Action<PyObject> visit)
    {
        visit(Factory);
        foreach (var (k, v) in Items().ToList()) { visit(k); visit(v); }
    }

    public override PyObject GetItem(PyObject key)
    {
        if (TryGetValue(key, out var value)) return value;
        var missing = _type.Lookup("__missing__") ?? throw PyErr.KeyError(key);
        return TypeCalls.CallBound(missing, this, [key], null);
    }

    [PythonFunction("__missing__", Doc = "__missing__(key): what d[key] does for a missing key: KeyError without a factory,\nelse stores and returns default_factory().")]
    public PyObject Missing(PyObject key)
    {
        if (Factory is PyNone) throw PyErr.KeyError(key);
        var value = Ops.CallFunction(Factory);
        Ops.SetItem(this, key, value);
        return value;
    }

    [PythonFunction("copy", Doc = "D.copy() -> a shallow copy of D.")]
    public PyObject CopyMethod() => Ops.CallFunction(_type, Factory, this);

    [PythonFunction("__copy__", Doc = "D.copy() -> a shallow copy of D.")]
    public PyObject CopyDunder() => CopyMethod();

    /// <summary>defdict_reduce: (type, (factory,) or (), None, None, iter(d.items())).</summary>
    [PythonFunction("__reduce__", Doc = "The (type, arguments, state, items...) tuple pickle uses.")]
    public PyObject Reduce()
    {
        var args = Factory is PyNone ? PyTuple.Empty : new PyTuple(Factory);
        var items = Ops.CallMethod(this, "iteritems");
        return new PyTuple(_type, args, PyNone.Instance, PyNone.Instance, items);
    }

    /// <summary>defdict_repr: the factory's repr ("..." when it is already being shown), then dict's repr.</summary>
    public override string Repr()
    {
        string factory;
        if (Factory is PyNone) factory = "None";
        else
        {
            using var guard = ReprGuard.Enter(Factory);
            factory = guard.Entered ? Ops.Repr(Factory) : "...";
        }
        return $"defaultdict({factory}, {base.Repr()})";
    }

    [PythonFunction("__repr__")]
    public string ReprMethod() => Repr();
}
