namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// What CPython 2.7's type_new and PyType_Ready add to a new class's dict after copying the class body's
/// namespace, in their order: the __slots__ members (sorted), then the __dict__ and __weakref__ descriptors the
/// class introduces, then __doc__ = None when the body had no docstring. The order matters because it decides
/// the order of C.__dict__.keys().
/// </summary>
public static class ClassDictLayout
{
    public static void AddIfMissing(PyDict dict, string name, PyObject value)
    {
        if (!dict.TryGetStr(name, out _)) dict.SetStr(name, value);
    }

    /// <summary>
    /// add_dict / add_weak of type_new: a class gets __dict__ when its base's instances have none, and __weakref__
    /// when they have no weak reference list and are not variable-sized (str, tuple, long); with __slots__, only
    /// when the slots name them.
    /// </summary>
    public static void AddInstanceDescriptors(PyType type, PyTuple bases, string[]? slots)
    {
        var baseType = bases.OfType<PyType>().FirstOrDefault() ?? BuiltinTypes.Object;
        var mayAddDict = !baseType.HasInstanceDict && !(baseType.IsHeapType && baseType.Slots is null) && !baseType.IsSubtypeOf(BuiltinTypes.Type);
        var mayAddWeak = !HasWeakrefList(baseType) && !IsVariableSized(baseType);
        var addDict = mayAddDict && (slots is null || slots.Contains("__dict__"));
        var addWeak = mayAddWeak && (slots is null || slots.Contains("__weakref__"));
        var name = type.Name;
        if (addDict)
        {
            AddIfMissing(type.Dict, "__dict__", new PyGetSetDescriptor("__dict__",
                self => self.InstanceDict ?? throw PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'"),
                PyUserObject.AssignDict, ownerName: name));
        }
        if (addWeak)
            AddIfMissing(type.Dict, "__weakref__", new PyGetSetDescriptor("__weakref__", _ => PyNone.Instance, ownerName: name));
    }

    /// <summary>tp_weaklistoffset != 0: a class that added __weakref__, or the builtins with weak reference lists.</summary>
    private static bool HasWeakrefList(PyType t)
    {
        foreach (var m in t.Mro)
        {
            if (m.IsHeapType && m.Dict.TryGetStr("__weakref__", out _)) return true;
            if (m == BuiltinTypes.Type || m == BuiltinTypes.Set || m == BuiltinTypes.FrozenSet || m == BuiltinTypes.File) return true;
        }
        return false;
    }

    /// <summary>tp_itemsize != 0 (the builtins whose instances hold their items inline).</summary>
    private static bool IsVariableSized(PyType t)
        => t.IsSubtypeOf(BuiltinTypes.Str) || t.IsSubtypeOf(BuiltinTypes.Tuple) || t.IsSubtypeOf(BuiltinTypes.Long);
}
