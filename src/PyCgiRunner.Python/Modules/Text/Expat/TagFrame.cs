namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>An open element: its name as written (for the end-tag match), as reported, and the prefixes it bound.</summary>
internal sealed class TagFrame(string rawName, string name)
{
    public string RawName { get; } = rawName;
    public string Name { get; } = name;
    /// <summary>Prefixes bound on this element (null for the default namespace), in declaration order.</summary>
    public List<(string? Prefix, string? Previous, bool HadPrevious)>? Bindings;
}
