using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// weakref.ref / ReferenceType (CPython 2.7's Objects/weakrefobject.c): calling it gives the object or None once
/// the object has been collected. ref(o) without callback is shared; the hash is the object's, kept after it
/// dies; two live references compare as their objects do, dead ones by identity. Subclassable (KeyedRef).
/// </summary>
[PythonType]
internal sealed partial class PyWeakReference : WeakRefBase
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private PyDict? _dict;
    private long? _hash;

    private PyWeakReference(PyType type, PyObject target, PyObject? callback) : base(target, callback) { _type = type; }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _type.HasInstanceDict ? _dict ??= new PyDict() : null;

    private static PyType CreateType()
    {
        var t = SystemModules.SystemSupport.NewType("weakref", "__builtin__");
        t.NewFunc = New;
        t.Dict.SetStr("__call__", new PyBuiltinMethodDescriptor("__call__", t, (self, args, kw) => ((PyWeakReference)self).CallTarget(args)) { Doc = "ref() -> the object, or None once it is gone." });
        TypeSetup.Def(t, "__init__", (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError("ref() does not take keyword arguments");
            Unpack("__init__", args, null);
            return PyNone.Instance;
        });
        DefineMembers(t);
        return t;
    }

    /// <summary>
    /// parse_weakref_init_args: (object[, callback]). __new__ ignores keywords (subclasses take their own),
    /// __init__ refuses them.
    /// </summary>
    private static (PyObject Target, PyObject? Callback) Unpack(string name, PyObject[] args, string[]? kw)
    {
        args = args[..(args.Length - (kw?.Length ?? 0))];
        if (args.Length < 1) throw PyErr.TypeError($"{name} expected at least 1 arguments, got {args.Length}");
        if (args.Length > 2) throw PyErr.TypeError($"{name} expected at most 2 arguments, got {args.Length}");
        return (args[0], args.Length == 2 && args[1] is not PyNone ? args[1] : null);
    }

    /// <summary>weakref___new__: reuses the basic reference when there is neither callback nor subclass.</summary>
    private static PyObject New(PyType cls, PyObject[] args, string[]? kw)
    {
        var (target, callback) = Unpack("__new__", args, kw);
        Weakrefability.Check(target);
        var list = WeakRefRegistry.For(target);
        if (callback is null && cls == TypeObject && list.Basic<PyWeakReference>(TypeObject) is { } shared) return shared;
        var reference = new PyWeakReference(cls, target, callback);
        if (callback is null && cls == TypeObject) list.Add(reference, _ => false);
        else list.Add(reference, IsBasic);
        return reference;
    }

    /// <summary>The basic ref and the basic proxies stay in front of the other references.</summary>
    internal static bool IsBasic(WeakRefBase r)
        => r.Callback is null && (r.Type == TypeObject || r.Type == PyWeakProxy.ProxyType || r.Type == PyWeakProxy.CallableType);

    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        if (_type.IsHeapType && _type.LookupOverride("__call__") is { } own) return TypeCalls.CallBound(own, this, args, kwNames);
        return CallTarget(args);
    }

    /// <summary>weakref.__call__ itself (what a subclass's override reaches through ref.__call__(self)).</summary>
    private PyObject CallTarget(PyObject[] args)
    {
        if (args.Length > 0) throw PyErr.TypeError($"__call__() takes at most 0 arguments ({args.Length} given)");
        return Target ?? PyNone.Instance;
    }

    public override long Hash()
    {
        if (_hash is { } h) return h;
        var target = Target ?? throw PyErr.TypeError("weak object has gone away");
        _hash = Ops.Hash(target);
        return _hash.Value;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (op is not (CompareOp.Eq or CompareOp.Ne) || other is not PyWeakReference w) return PyNotImplemented.Instance;
        var (a, b) = (Target, w.Target);
        if (a is null || b is null) return PyBool.Of(ReferenceEquals(this, other) == (op == CompareOp.Eq));
        return Ops.Compare(a, b, op);
    }

    public override string Repr()
    {
        var target = Target;
        if (target is null) return $"<weakref at 0x{Id:x8}; dead>";
        // tp_name: the bare name for classes and builtins, module-qualified for types of native modules.
        var type = target.Type;
        var typeName = target is PyInstance ? "instance" : type.IsHeapType || type.ModuleName == "__builtin__" ? type.Name : $"{type.ModuleName}.{type.Name}";
        PyStr? name;
        try { name = Ops.GetAttrOrNull(target, "__name__") as PyStr; }
        catch (PythonException) { name = null; }
        return name is null
            ? $"<weakref at 0x{Id:x8}; to '{typeName}' at 0x{target.Id:x8}>"
            : $"<weakref at 0x{Id:x8}; to '{typeName}' at 0x{target.Id:x8} ({name.Value})>";
    }

    [PythonFunction("__hash__")] public long HashMethod() => Hash();
    [PythonFunction("__repr__")] public string ReprMethod() => Repr();
    [PythonFunction("__eq__")] public PyObject EqMethod(PyObject other) => RichCompare(other, CompareOp.Eq);
    [PythonFunction("__ne__")] public PyObject NeMethod(PyObject other) => RichCompare(other, CompareOp.Ne);
}
