namespace PyCgiRunner.Python.Runtime;

/// <summary>An instance of a Python subclass of dict: the table is the base's, attributes live in their own dict.</summary>
public sealed class PyDictSub : PyDict
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyDictSub(PyType type) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}
