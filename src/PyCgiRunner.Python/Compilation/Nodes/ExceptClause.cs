namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// One 'except [type [, target]]:' clause (Line: where the clause is, for tracebacks and trace events). TypePrelude, when present, runs before Type is evaluated: the
/// statements a type expression containing a yield was compiled into (they may suspend the generator).
/// </summary>
public sealed record ExceptClause(ExprNode? Type, TargetNode? Target, StmtNode Body, int Line, StmtNode? TypePrelude = null);
