namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>A declared entity: internal (with its replacement text) or external (system/public id, notation).</summary>
internal sealed class Entity(string name, bool isParam)
{
    public string Name { get; } = name;
    public bool IsParam { get; } = isParam;
    public string? Text;
    public string? SystemId;
    public string? PublicId;
    public string? Base;
    public string? Notation;
    /// <summary>Declared in the internal subset of the document itself (not in a parameter entity or external subset).</summary>
    public bool IsInternal;
    /// <summary>Being expanded now: a reference to it from inside itself is XML_ERROR_RECURSIVE_ENTITY_REF.</summary>
    public bool Open;
}
