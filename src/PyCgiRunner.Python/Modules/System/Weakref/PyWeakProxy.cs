using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// weakref.proxy's two types (CPython 2.7's Objects/weakrefobject.c, proxy_*): ProxyType ('weakproxy') and, for
/// callable objects, CallableProxyType ('weakcallableproxy'). Every operation is the object's own (attributes,
/// calls, str, len, items, numbers, comparisons with proxies unwrapped), and ReferenceError once the object is
/// gone; proxies are unhashable and have a repr of their own.
/// </summary>
internal sealed partial class PyWeakProxy : WeakRefBase
{
    public static readonly PyType ProxyType = CreateType("weakproxy");
    public static readonly PyType CallableType = CreateType("weakcallableproxy");

    private readonly bool _callable;

    private PyWeakProxy(PyObject target, PyObject? callback, bool callable) : base(target, callback) { _callable = callable; }

    public override PyType Type => _callable ? CallableType : ProxyType;

    private static PyType CreateType(string name)
    {
        var t = SystemModules.SystemSupport.NewType(name, "__builtin__");
        t.Dict.SetStr("__doc__", PyNone.Instance);
        t.Dict.SetStr("__hash__", PyNone.Instance);
        TypeSetup.Def0(t, "__unicode__", self => Ops.Call(BuiltinTypes.Unicode, [((PyWeakProxy)self).Alive], null));
        return t;
    }

    /// <summary>PyWeakref_NewProxy: the proxy without callback is shared; a callable object gets the callable type.</summary>
    public static PyWeakProxy Create(PyObject target, PyObject? callback)
    {
        Weakrefability.Check(target);
        var callable = BuiltinFunctions.IsCallable(target);
        var list = WeakRefRegistry.For(target);
        if (callback is null && list.Basic<PyWeakProxy>(callable ? CallableType : ProxyType) is { } shared) return shared;
        var proxy = new PyWeakProxy(target, callback, callable);
        if (callback is null) list.Add(proxy, r => r.Callback is null && r.Type == PyWeakReference.TypeObject);
        else list.Add(proxy, PyWeakReference.IsBasic);
        return proxy;
    }

    private static PyObject Unwrap(PyObject o) => o is PyWeakProxy p ? p.Alive : o;

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value) => Ops.TryGetAttr(Alive, name, out value);
    public override void SetAttr(string name, PyObject value) => Ops.SetAttr(Alive, name, value);
    public override void DelAttr(string name) => Ops.DelAttr(Alive, name);

    public override PyObject Call(PyObject[] args, string[]? kwNames)
        => _callable ? Alive.Call(args, kwNames) : base.Call(args, kwNames);

    public override string Repr()
    {
        var target = Alive;
        var typeName = target is PyInstance ? "instance" : target.Type.Name;
        return $"<weakproxy at 0x{Id:x8} to {typeName} at 0x{target.Id:x8}>";
    }

    public override string Str() => Ops.Str(Alive);
    public override long Hash() => throw PyErr.TypeError($"unhashable type: '{Type.Name}'");
    public override bool IsTrue() => Ops.IsTrue(Alive);
}
