using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// _weakref (CPython 2.7's Modules/_weakref.c) with real weak references: an object that nothing else holds
/// is taken by the .NET collector, after which its references return None, its proxies raise ReferenceError
/// and the callbacks run. Unlike CPython's reference counting, that happens at the next collection (gc.collect()
/// forces one), not at the moment the last reference goes.
/// </summary>
[PythonModule("_weakref", Doc = "Weak references: ref, proxy and the functions that count and list them.")]
internal static partial class WeakrefModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("ref", PyWeakReference.TypeObject);
        module.Dict.SetStr("ReferenceType", PyWeakReference.TypeObject);
        module.Dict.SetStr("ProxyType", PyWeakProxy.ProxyType);
        module.Dict.SetStr("CallableProxyType", PyWeakProxy.CallableType);
    }

    [PythonFunction(Doc = "getweakrefcount(object) -> how many weak references and proxies point to object.")]
    public static long getweakrefcount(PyObject o) => WeakRefRegistry.Find(o)?.Live().Count ?? 0;

    [PythonFunction(Doc = "getweakrefs(object) -> the weak references and proxies that point to object.")]
    public static PyList getweakrefs(PyObject o) => new(WeakRefRegistry.Find(o)?.Live().ToArray<PyObject>() ?? []);

    [PythonFunction(Doc = "proxy(object[, callback]) -> a stand-in that forwards to object while it lives;\ncallback(proxy) runs once object is gone.")]
    public static PyObject proxy(params PyObject[] args)
    {
        if (args.Length < 1) throw PyErr.TypeError($"proxy expected at least 1 arguments, got {args.Length}");
        if (args.Length > 2) throw PyErr.TypeError($"proxy expected at most 2 arguments, got {args.Length}");
        return PyWeakProxy.Create(args[0], args.Length == 2 && args[1] is not PyNone ? args[1] : null);
    }

    /// <summary>Used by weakref.py's WeakValueDictionary callbacks: drops key only if it still maps to a dead ref.</summary>
    [PythonFunction(Doc = "_remove_dead_weakref(dict, key): deletes dict[key] if it is a dead weak reference.")]
    public static void _remove_dead_weakref(PyDict dict, PyObject key)
    {
        if (!dict.TryGetValue(key, out var value)) return;
        if (value is not PyWeakReference r) throw PyErr.TypeError("not a weakref");
        if (r.Target is null) dict.Remove(key);
    }
}
