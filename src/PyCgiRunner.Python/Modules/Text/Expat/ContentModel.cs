namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// An element declaration's content model as expat's XML_Content tree: type (XML_CTYPE_*), quantifier
/// (XML_CQUANT_*), the name of a NAME node, and the children of a choice, sequence or mixed node.
/// </summary>
internal sealed class ContentModel
{
    public const int Empty = 1, Any = 2, Mixed = 3, NameType = 4, Choice = 5, Seq = 6;
    public const int QuantNone = 0, QuantOpt = 1, QuantRep = 2, QuantPlus = 3;

    public int Type;
    public int Quant;
    public string? Name;
    public List<ContentModel> Children { get; } = new();
}
