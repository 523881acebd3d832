namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// A one-entry inline cache for a compiled attribute access: the MRO lookup of one name on the last type seen.
/// Valid while no class anywhere has changed (PyType.ClassVersion). Compiled nodes are shared by concurrent
/// requests, so the entry is an immutable object swapped in whole.
/// </summary>
public sealed class TypeLookupCache
{
    private sealed record Entry(PyType Type, int Version, PyObject? Attr);

    private Entry? _entry;

    public PyObject? Lookup(PyType type, string name)
    {
        var e = _entry;
        var version = PyType.ClassVersion;
        if (e is not null && ReferenceEquals(e.Type, type) && e.Version == version) return e.Attr;
        var attr = type.Lookup(name);
        _entry = new Entry(type, version, attr);
        return attr;
    }
}
