namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// An internal entity whose replacement text is being parsed (expat's OPEN_INTERNAL_ENTITY): the parser reads
/// tokens from the top of a stack of these instead of recursing, so nesting depth costs no .NET stack.
/// </summary>
internal sealed class OpenEntity(Entity entity, char[] text, int startTagLevel, bool betweenDecl)
{
    public Entity Entity { get; } = entity;
    public char[] Text { get; } = text;
    public int Pos;
    public int StartTagLevel { get; } = startTagLevel;
    /// <summary>A parameter entity referenced between markup declarations must hold whole declarations.</summary>
    public bool BetweenDecl { get; } = betweenDecl;
}
