namespace PyCgiRunner.Python.Parsing;

/// <summary>
/// What the parser must know about the enclosing code unit (module, class body, function or lambda) to
/// report the errors CPython's symbol table and compiler raise: return/yield outside a function, a return
/// value in a generator, break/continue outside a loop or continue inside a finally clause.
/// </summary>
internal sealed class ScopeContext(bool isFunction)
{
    public bool IsFunction { get; } = isFunction;

    /// <summary>
    /// The yields seen in this unit, in source order, each with the parser's running yield number. A
    /// generator expression or set/dict comprehension takes those of its element back out: it is a
    /// function of its own, which CPython's symbol table only learns once it sees the 'for'.
    /// </summary>
    public List<(int Seq, int Line, int Column)> Yields { get; } = [];

    /// <summary>The first 'return value' of this unit.</summary>
    public int? FirstReturnValueLine { get; set; }

    /// <summary>Innermost last: true for a loop body, false for a finally body (CPython's FINALLY_END block).</summary>
    public List<bool> Blocks { get; } = [];
}
