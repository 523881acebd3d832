namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>One attribute declared by ATTLIST: non-CDATA values are space-normalized (XML 1.0 §3.3.3).</summary>
internal sealed class AttributeDecl(string name, bool isCdata, string? defaultValue)
{
    public string Name { get; } = name;
    public bool IsCdata { get; } = isCdata;
    public string? DefaultValue { get; } = defaultValue;
}
