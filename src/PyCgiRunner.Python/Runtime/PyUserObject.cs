namespace PyCgiRunner.Python.Runtime;

/// <summary>An instance of a Python new-style class whose builtin base is object.</summary>
public sealed class PyUserObject : PyObject
{
    private PyType _type;
    private PyDict? _dict;
    /// <summary>Values of __slots__ members (null entries are unset).</summary>
    public PyObject?[]? SlotValues { get; }

    public PyUserObject(PyType type)
    {
        _type = type;
        if (type.HasInstanceDict) _dict = new PyDict();
        var slotCount = CountSlots(type);
        if (slotCount > 0) SlotValues = new PyObject?[slotCount];
    }

    private static int CountSlots(PyType type)
    {
        var n = 0;
        foreach (var t in type.Mro) n += t.Slots?.Length ?? 0;
        return n;
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;

    /// <summary>
    /// Assignment to an instance's __dict__ (object.__setattr__(self, '__dict__', d), as _threading_local does):
    /// the setter of the __dict__ descriptors.
    /// </summary>
    public static void AssignDict(PyObject self, PyObject value)
    {
        if (value is not PyDict dict) throw PyErr.TypeError($"__dict__ must be set to a dictionary, not a '{value.Type.Name}'");
        if (self is not PyUserObject { _dict: not null } user)
            throw PyErr.AttributeError($"attribute '__dict__' of '{self.Type.Name}' objects is not writable");
        user._dict = dict;
    }

    /// <summary>Assignment to __class__ (allowed between compatible heap types).</summary>
    public void SetClass(PyType type) => _type = type;

    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        var call = _type.Lookup("__call__") ?? throw PyErr.TypeError($"'{_type.Name}' object is not callable");
        // A __call__ that is itself a callable object recurses with no Python frame in between.
        using var guard = RecursionGuard.Enter(" while calling a Python object");
        // slot_tp_call passes __call__ the call's keyword dict (KeywordDict).
        return kwNames is { Length: > 1 }
            ? KeywordDict.CallThroughDict(args, kwNames, (a, k) => TypeCalls.CallBound(call, this, a, k))
            : TypeCalls.CallBound(call, this, args, kwNames);
    }

    public override string Repr()
        => _type.ModuleName == "__builtin__" ? $"<{_type.Name} object at 0x{Id:x8}>" : $"<{_type.ModuleName}.{_type.Name} object at 0x{Id:x8}>";
}
