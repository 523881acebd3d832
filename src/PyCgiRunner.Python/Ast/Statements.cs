namespace PyCgiRunner.Python.Ast;

// Statement nodes (Python 2.7 reference, chapters 6 and 7). One-line records, grouped here because
// each is only a shape; the behaviour lives in Compilation/.

/// <summary>A whole source file. FutureFlags records the __future__ features its first statements enable.</summary>
public sealed record ModuleNode(IReadOnlyList<Stmt> Body, FutureFeatures FutureFlags, string? Docstring);

[Flags]
public enum FutureFeatures
{
    None = 0,
    Division = 1,
    PrintFunction = 2,
    UnicodeLiterals = 4,
    AbsoluteImport = 8,
}

public sealed record FunctionDef(int Line, int Column, string Name, Parameters Parameters, IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> Decorators) : Stmt(Line, Column);

public sealed record ClassDef(int Line, int Column, string Name, IReadOnlyList<Expr> Bases, IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> Decorators) : Stmt(Line, Column);

public sealed record Return(int Line, int Column, Expr? Value) : Stmt(Line, Column);

public sealed record Delete(int Line, int Column, IReadOnlyList<Expr> Targets) : Stmt(Line, Column);

/// <summary>t1 = t2 = value: Targets holds every target, left to right.</summary>
public sealed record Assign(int Line, int Column, IReadOnlyList<Expr> Targets, Expr Value) : Stmt(Line, Column);

public sealed record AugAssign(int Line, int Column, Expr Target, BinaryOperator Op, Expr Value) : Stmt(Line, Column);

/// <summary>print [&gt;&gt;dest,] values [,]: NewLine is false when the statement ends with a comma.</summary>
public sealed record Print(int Line, int Column, Expr? Dest, IReadOnlyList<Expr> Values, bool NewLine) : Stmt(Line, Column);

public sealed record For(int Line, int Column, Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt(Line, Column);

public sealed record While(int Line, int Column, Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt(Line, Column);

/// <summary>if/elif/else: an elif chain is an If in OrElse.</summary>
public sealed record If(int Line, int Column, Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> OrElse) : Stmt(Line, Column);

/// <summary>with expr [as vars]: body. 'with a, b:' is parsed as nested With nodes.</summary>
public sealed record With(int Line, int Column, Expr ContextExpr, Expr? OptionalVars, IReadOnlyList<Stmt> Body) : Stmt(Line, Column);

/// <summary>raise [type [, inst [, tback]]].</summary>
public sealed record Raise(int Line, int Column, Expr? Type, Expr? Inst, Expr? TraceBack) : Stmt(Line, Column);

/// <summary>except [type [as|, target]]: body.</summary>
public sealed record ExceptHandler(int Line, int Column, Expr? Type, Expr? Target, IReadOnlyList<Stmt> Body);

/// <summary>try/except[/else]. A try with both except and finally is a TryFinally around a TryExcept.</summary>
public sealed record TryExcept(int Line, int Column, IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Stmt> OrElse) : Stmt(Line, Column);

public sealed record TryFinally(int Line, int Column, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> FinalBody) : Stmt(Line, Column);

public sealed record Assert(int Line, int Column, Expr Test, Expr? Message) : Stmt(Line, Column);

/// <summary>One 'name [as asname]' of an import; Name may be dotted (a.b.c).</summary>
public sealed record ImportAlias(string Name, string? AsName);

public sealed record Import(int Line, int Column, IReadOnlyList<ImportAlias> Names) : Stmt(Line, Column);

/// <summary>from [dots]module import names. Module is null for 'from . import x'; Names is a single '*' for star imports.</summary>
public sealed record ImportFrom(int Line, int Column, string? Module, IReadOnlyList<ImportAlias> Names, int Level) : Stmt(Line, Column);

/// <summary>exec code [in globals [, locals]].</summary>
public sealed record Exec(int Line, int Column, Expr Body, Expr? Globals, Expr? Locals) : Stmt(Line, Column);

public sealed record Global(int Line, int Column, IReadOnlyList<string> Names) : Stmt(Line, Column);

public sealed record ExprStmt(int Line, int Column, Expr Value) : Stmt(Line, Column);

public sealed record Pass(int Line, int Column) : Stmt(Line, Column);

public sealed record Break(int Line, int Column) : Stmt(Line, Column);

public sealed record Continue(int Line, int Column) : Stmt(Line, Column);
