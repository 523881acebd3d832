namespace PyCgiRunner.Python.Runtime;

/// <summary>An instance of a Python subclass of set or frozenset; operations on it return its own class (2.7).</summary>
public sealed class PySetSub : PySet
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PySetSub(PyType type, bool frozen) : base(frozen) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}
