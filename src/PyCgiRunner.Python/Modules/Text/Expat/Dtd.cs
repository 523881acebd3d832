namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// What a document's DTD declares, shared between a parser and the parsers it creates for external entities
/// (expat's DTD struct): entities, attribute declarations with their defaults, and the standalone flags.
/// </summary>
internal sealed class Dtd
{
    public Dictionary<string, Entity> General { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Entity> Param { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ElementType> Elements { get; } = new(StringComparer.Ordinal);
    public bool Standalone;
    public bool HasParamEntityRefs;
    public bool KeepProcessing = true;
    public bool ParamEntityRead;

    /// <summary>Characters produced by entity expansion so far: the bound against "billion laughs".</summary>
    public long ExpandedChars;

    public ElementType Element(string name)
    {
        if (!Elements.TryGetValue(name, out var e)) Elements[name] = e = new ElementType(name);
        return e;
    }
}
