namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>
/// A Python-visible function of a [PythonModule] class (static method) or a method of a [PythonType] class
/// (instance method). The Python name is the method's name unless given. Like CPython's METH_VARARGS functions,
/// arguments are positional only unless <see cref="Keywords"/> is set (PyArg_ParseTupleAndKeywords).
/// Parameters bind by their C# type: PyObject (as is), PyObject? with a null default (optional), long/int
/// (integer or __index__), double (float or __float__), string (str), bool (truth value), a PyObject subclass
/// (type-checked), params PyObject[] (*args), a PyDict marked [Kwargs] (**kwargs), PyContext (the running
/// program, not a Python argument).
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PythonFunctionAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
    public bool Keywords { get; init; }
    public string? Doc { get; init; }
}
