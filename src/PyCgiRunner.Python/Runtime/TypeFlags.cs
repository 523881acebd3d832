using PyCgiRunner.Python.Builtins;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// type.__flags__ as CPython 2.7 reports the bits library code tests (copy_reg._reduce_ex looks for
/// Py_TPFLAGS_HEAPTYPE), and type.__abstractmethods__ (PEP 3119: ABCMeta stores the names there).
/// </summary>
public static class TypeFlags
{
    private const long Default = 1 | 2 | 8 | 32 | 64 | 128 | 256 | (1 << 17); // Py_TPFLAGS_DEFAULT in 2.7
    private const long HeapType = 1 << 9, BaseType = 1 << 10, Ready = 1 << 12, HaveGc = 1 << 14, IsAbstract = 1 << 20;

    public static long Of(PyType type)
    {
        var flags = Default | Ready | BaseType;
        if (type.IsHeapType) flags |= HeapType | HaveGc;
        if (type.Dict.GetStrOrNull("__abstractmethods__") is { } a && Ops.IsTrue(a)) flags |= IsAbstract;
        return flags;
    }

    /// <summary>type.__abstractmethods__: settable on classes, missing on type itself (an AttributeError, as in CPython).</summary>
    public static void SetupAbstractMethods(PyType typeType)
        => typeType.Dict.SetStr("__abstractmethods__", new PyGetSetDescriptor("__abstractmethods__",
            self => self is PyType t && t != BuiltinTypes.Type && t.Dict.GetStrOrNull("__abstractmethods__") is { } v
                ? v : throw PyErr.AttributeError("__abstractmethods__"),
            (self, value) => ((PyType)self).Dict.SetStr("__abstractmethods__", value)));
}
