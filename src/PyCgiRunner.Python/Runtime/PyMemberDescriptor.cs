namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// A C-level struct member of a builtin type as seen through the type (FunctionType.func_globals is a
/// member_descriptor in CPython; types.MemberDescriptorType is taken from it). Reads go through the instance's
/// own attribute lookup, so the descriptor only exists to be found on the type.
/// </summary>
public sealed class PyMemberDescriptor(string name, PyType owner) : PyObject, IDataDescriptor
{
    public override PyType Type => BuiltinTypes.MemberDescriptor;
    public override string Repr() => $"<member '{name}' of '{owner.Name}' objects>";

    public PyObject Get(PyObject? instance, PyType o)
    {
        if (instance is null) return this;
        return instance.TryGetAttr(name, out var v) ? v : throw PyErr.AttributeError(name);
    }

    public void Set(PyObject instance, PyObject value) => instance.SetAttr(name, value);

    public void Delete(PyObject instance) => instance.DelAttr(name);

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string attr, out PyObject value)
    {
        switch (attr)
        {
            case "__name__": value = PyStr.From(name); return true;
            case "__objclass__": value = owner; return true;
        }
        return base.TryGetAttr(attr, out value);
    }
}
