namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// A read-only view of a type's namespace, what CPython 2.7 hands out as a type's __dict__ (Objects/descrobject.c
/// dictproxy). Builtin types are shared by every request of the process, so a script must never reach their live
/// dict: reads go through, item assignment and deletion raise TypeError, and the view is not a dict, so no dict
/// method (dict.__setitem__, dict.update) accepts it.
/// </summary>
public sealed class PyDictProxy : PyObject
{
    internal PyDict Target { get; }

    public PyDictProxy(PyDict target) { Target = target; }

    public override PyType Type => BuiltinTypes.DictProxy;
    public override int Length() => Target.Count;
    public override bool IsTrue() => Target.Count != 0;
    public override bool Contains(PyObject item) => Target.ContainsKey(item);
    public override PyObject GetItem(PyObject key) => Target.GetItem(key);
    public override PyObject GetIter() => Target.GetIter();
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'dictproxy'");

    public override void SetItem(PyObject key, PyObject value)
        => throw PyErr.TypeError("'dictproxy' object does not support item assignment");

    public override void DelItem(PyObject key)
        => throw PyErr.TypeError("'dictproxy' object does not support item deletion");

    public override string Repr() => $"dict_proxy({Target.Repr()})";
    public override string Str() => Target.Str();

    public override PyObject RichCompare(PyObject other, CompareOp op)
        => Target.RichCompare(other is PyDictProxy p ? p.Target : other, op);
}
