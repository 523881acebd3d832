namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>A read-only (or, with a setter, writable) attribute of a [PythonType] class, from a property.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
public sealed class PythonGetterAttribute(string? name = null) : Attribute
{
    public string? Name { get; } = name;
}
