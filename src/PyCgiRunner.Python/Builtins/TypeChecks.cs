using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>isinstance and issubclass, with tuples, old-style classes and metaclass hooks (PEP 3119).</summary>
public static class TypeChecks
{
    public static bool IsInstance(PyObject obj, PyObject cls)
    {
        if (cls is PyTuple t) return t.Items.Any(c => IsInstance(obj, c));
        if (cls is PyType type && type.Type != BuiltinTypes.Type && type.Type.Lookup("__instancecheck__") is { } hook and not PyBuiltinMethodDescriptor)
            return Ops.IsTrue(Ops.CallFunction(hook, cls, obj));
        return IsInstanceRaw(obj, cls);
    }

    public static bool IsInstanceRaw(PyObject obj, PyObject cls) => cls switch
    {
        PyType type => obj is PyInstance ? type == BuiltinTypes.InstanceType || type == BuiltinTypes.Object : obj.Type.IsSubtypeOf(type)
                       || (Ops.GetAttrOrNull(obj, "__class__") is PyType c && c != obj.Type && c.IsSubtypeOf(type)),
        PyClassic classic => obj is PyInstance inst ? inst.Class.IsSubclassOf(classic) : HasClassicBase(obj.Type, classic),
        _ => throw PyErr.TypeError("isinstance() arg 2 must be a class, type, or tuple of classes and types"),
    };

    public static bool IsSubclass(PyObject sub, PyObject cls)
    {
        if (cls is PyTuple t) return t.Items.Any(c => IsSubclass(sub, c));
        if (cls is PyType type && type.Type != BuiltinTypes.Type && type.Type.Lookup("__subclasscheck__") is { } hook and not PyBuiltinMethodDescriptor)
            return Ops.IsTrue(Ops.CallFunction(hook, cls, sub));
        return IsSubclassRaw(sub, cls);
    }

    public static bool IsSubclassRaw(PyObject sub, PyObject cls)
    {
        if (sub is not (PyType or PyClassic)) throw PyErr.TypeError("issubclass() arg 1 must be a class");
        return cls switch
        {
            PyType type => sub is PyType st ? st.IsSubtypeOf(type) : ((PyClassic)sub).IsSubclassOf(type),
            PyClassic classic => sub is PyClassic sc ? sc.IsSubclassOf(classic) : HasClassicBase((PyType)sub, classic),
            _ => throw PyErr.TypeError("issubclass() arg 2 must be a class or tuple of classes"),
        };
    }

    /// <summary>A new-style class derives from an old-style one when that class is in its MRO (class N(Classic, object)).</summary>
    private static bool HasClassicBase(PyType type, PyClassic classic)
    {
        foreach (var entry in type.FullMro)
            if (ReferenceEquals(entry, classic)) return true;
        return false;
    }
}
