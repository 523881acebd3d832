namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>An element's attribute declarations: which are CDATA, and the defaults in declaration order.</summary>
internal sealed class ElementType(string name)
{
    public string Name { get; } = name;
    public Dictionary<string, AttributeDecl> Attributes { get; } = new(StringComparer.Ordinal);
    public List<AttributeDecl> Defaults { get; } = new();
}
