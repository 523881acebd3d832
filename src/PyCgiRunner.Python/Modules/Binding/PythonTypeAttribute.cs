namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>
/// Marks a partial class deriving from PyObject whose [PythonFunction] instance methods and [PythonGetter]
/// properties become the methods and attributes of a Python type: the generator writes
/// <c>DefineMembers(PyType type)</c>, which the class's type setup calls.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PythonTypeAttribute : Attribute;
