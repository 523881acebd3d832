namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>
/// Marks a static partial class as a native module: the source generator (src/PyCgiRunner.Python.Generators)
/// writes its CreateModule method, the argument binding of each [PythonFunction], and registers it in
/// GeneratedModuleTable, in the style of IronPython's attributed modules.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PythonModuleAttribute(string name) : Attribute
{
    public string Name { get; } = name;
    public string? Doc { get; init; }
}
