using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// Which objects accept weak references (CPython: types with tp_weaklistoffset): classes and their instances,
/// functions and methods, sets, generators, files, code objects and native types marked
/// <see cref="IWeakReferenceable"/>; not ints, strings, tuples, lists, dicts, None or plain object(). A Python
/// class gets a __weakref__ slot unless its __slots__ leave it out or its base is variable-sized (tuple,
/// str, long).
/// </summary>
internal static class Weakrefability
{
    public static void Check(PyObject o)
    {
        if (!Accepts(o)) throw PyErr.TypeError($"cannot create weak reference to '{o.Type.Name}' object");
    }

    public static bool Accepts(PyObject o) => o switch
    {
        IWeakReferenceable or PyInstance or PyClassic or PyType => true,
        _ when o.Type.IsHeapType => HeapTypeAccepts(o.Type),
        _ => BuiltinAccepts(o.Type),
    };

    private static bool BuiltinAccepts(PyType t)
        => t == BuiltinTypes.Set || t == BuiltinTypes.FrozenSet || t == BuiltinTypes.Function || t == BuiltinTypes.InstanceMethod
           || t == BuiltinTypes.Generator || t == BuiltinTypes.File || t == BuiltinTypes.Code || t.IsSubtypeOf(BuiltinTypes.Type);

    private static bool HeapTypeAccepts(PyType type)
    {
        foreach (var t in type.Mro)
        {
            if (!t.IsHeapType) return BuiltinAccepts(t);
            var slots = t.Dict.GetStrOrNull("__slots__");
            if (slots is null) return !IsVariableSized(type.SolidBase);
            var names = slots is PyBaseString one ? [one] : Ops.ToArray(slots);
            if (names.Any(n => n is PyBaseString s && s.Value == "__weakref__")) return true;
        }
        return false;
    }

    private static bool IsVariableSized(PyType t) => t == BuiltinTypes.Tuple || t == BuiltinTypes.Str || t == BuiltinTypes.Long;
}
