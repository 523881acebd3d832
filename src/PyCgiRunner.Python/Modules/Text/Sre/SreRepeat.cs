namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// The context of one running REPEAT (a general repeat whose body ends in MAX_UNTIL or MIN_UNTIL): how many
/// times the body has matched, where the REPEAT's operands are, the enclosing repeat, and the position at which
/// the body last started, so that a body that matched the empty string is not repeated forever.
/// </summary>
internal sealed class SreRepeat
{
    public long Count;
    /// <summary>Index of the REPEAT's skip word: min at +1, max at +2, the body at +3.</summary>
    public int Pc;
    public SreRepeat? Previous;
    /// <summary>-1 before the body first ran.</summary>
    public int LastPtr;
}
