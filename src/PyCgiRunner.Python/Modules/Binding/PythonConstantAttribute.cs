namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>A module attribute taken from a static field, constant or property of a [PythonModule] class.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property, Inherited = false)]
public sealed class PythonConstantAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
