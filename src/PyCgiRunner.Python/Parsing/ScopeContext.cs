namespace PyCgiRunner.Python.Parsing;

/// <summary>
/// What the parser must know about the enclosing code unit (module, class body, function or lambda) to
/// report the errors CPython's symbol table and compiler raise: return/yield outside a function, a return
/// value in a generator, break/continue outside a loop or continue inside a finally clause.
/// </summary>
internal sealed class ScopeContext(bool isFunction)
{
    public bool IsFunction { get; } = isFunction;

    public bool HasYield { get; set; }

    public bool HasReturnValue { get; set; }

    /// <summary>Innermost last: true for a loop body, false for a finally body (CPython's FINALLY_END block).</summary>
    public List<bool> Blocks { get; } = [];
}
