namespace PyCgiRunner.Python.Ast;

/// <summary>
/// Base of every syntax tree node. The tree is plain immutable data produced by the parser;
/// the compiler walks it once per script version to build the executable form.
/// Line is 1-based, Column 0-based (CPython's conventions for tracebacks and SyntaxError).
/// </summary>
public abstract record Node(int Line, int Column);

public abstract record Expr(int Line, int Column) : Node(Line, Column);

public abstract record Stmt(int Line, int Column) : Node(Line, Column);
