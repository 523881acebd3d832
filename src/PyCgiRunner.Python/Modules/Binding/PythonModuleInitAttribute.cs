namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>
/// A static method (PyModule module, PyContext ctx) of a [PythonModule] class run after the generated members
/// are in place: for types and values that need code.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class PythonModuleInitAttribute : Attribute;
