using System.Numerics;

namespace PyCgiRunner.Python.Ast;

// Expression nodes (Python 2.7 reference, chapter 5). One-line records, grouped here because
// each is only a shape; the behaviour lives in Compilation/.

/// <summary>A bare identifier (load, store or delete depending on where it appears).</summary>
public sealed record Name(int Line, int Column, string Id) : Expr(Line, Column);

/// <summary>An int literal that fits in a C long (decimal, 0x, 0o, 0b or legacy 0777 octal).</summary>
public sealed record IntLiteral(int Line, int Column, long Value) : Expr(Line, Column);

/// <summary>A long literal: an 'L' suffix, or an int literal too big for a C long.</summary>
public sealed record LongLiteral(int Line, int Column, BigInteger Value) : Expr(Line, Column);

public sealed record FloatLiteral(int Line, int Column, double Value) : Expr(Line, Column);

/// <summary>An imaginary literal such as 3j (the value is the imaginary part).</summary>
public sealed record ImaginaryLiteral(int Line, int Column, double Value) : Expr(Line, Column);

/// <summary>A byte-string literal; Value holds one char per byte (0–255). Adjacent literals are already joined.</summary>
public sealed record StrLiteral(int Line, int Column, string Value) : Expr(Line, Column);

/// <summary>A unicode literal (u'' or any literal under unicode_literals); Value is UTF-16.</summary>
public sealed record UnicodeLiteral(int Line, int Column, string Value) : Expr(Line, Column);

public sealed record TupleExpr(int Line, int Column, IReadOnlyList<Expr> Elements) : Expr(Line, Column);

public sealed record ListExpr(int Line, int Column, IReadOnlyList<Expr> Elements) : Expr(Line, Column);

public sealed record DictExpr(int Line, int Column, IReadOnlyList<Expr> Keys, IReadOnlyList<Expr> Values) : Expr(Line, Column);

public sealed record SetExpr(int Line, int Column, IReadOnlyList<Expr> Elements) : Expr(Line, Column);

/// <summary>One 'for target in iter if cond...' clause of a comprehension.</summary>
public sealed record Comprehension(Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs);

/// <summary>[elt for ...]: in Python 2 the loop variables leak into the enclosing scope.</summary>
public sealed record ListComp(int Line, int Column, Expr Element, IReadOnlyList<Comprehension> Generators) : Expr(Line, Column);

/// <summary>(elt for ...): a generator with its own scope; the first iterable is evaluated eagerly.</summary>
public sealed record GeneratorExp(int Line, int Column, Expr Element, IReadOnlyList<Comprehension> Generators) : Expr(Line, Column);

public sealed record SetComp(int Line, int Column, Expr Element, IReadOnlyList<Comprehension> Generators) : Expr(Line, Column);

public sealed record DictComp(int Line, int Column, Expr Key, Expr Value, IReadOnlyList<Comprehension> Generators) : Expr(Line, Column);

public sealed record BinOp(int Line, int Column, Expr Left, BinaryOperator Op, Expr Right) : Expr(Line, Column);

public sealed record UnaryOp(int Line, int Column, UnaryOperator Op, Expr Operand) : Expr(Line, Column);

/// <summary>a and b and c: Values has two or more operands.</summary>
public sealed record BoolOp(int Line, int Column, BoolOperator Op, IReadOnlyList<Expr> Values) : Expr(Line, Column);

/// <summary>A chained comparison a &lt; b &lt;= c: Ops[i] compares operand i with Comparators[i].</summary>
public sealed record Compare(int Line, int Column, Expr Left, IReadOnlyList<CompareOperator> Ops, IReadOnlyList<Expr> Comparators) : Expr(Line, Column);

public sealed record Keyword(string Name, Expr Value);

/// <summary>f(a, b, k=v, *args, **kwargs).</summary>
public sealed record Call(int Line, int Column, Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<Keyword> Keywords, Expr? StarArgs, Expr? KwArgs) : Expr(Line, Column);

public sealed record Attribute(int Line, int Column, Expr Value, string Attr) : Expr(Line, Column);

/// <summary>value[index]; Index is an expression, a SliceExpr, an EllipsisExpr or a TupleExpr of those (extended slicing).</summary>
public sealed record Subscript(int Line, int Column, Expr Value, Expr Index) : Expr(Line, Column);

/// <summary>lower:upper[:step]. HasStep records whether a second colon was written (a[1:2:] differs from a[1:2] for __getslice__).</summary>
public sealed record SliceExpr(int Line, int Column, Expr? Lower, Expr? Upper, Expr? Step, bool HasStep) : Expr(Line, Column);

/// <summary>The '...' that may appear only inside a subscript.</summary>
public sealed record EllipsisExpr(int Line, int Column) : Expr(Line, Column);

public sealed record Lambda(int Line, int Column, Parameters Parameters, Expr Body) : Expr(Line, Column);

/// <summary>body if test else orelse.</summary>
public sealed record IfExp(int Line, int Column, Expr Test, Expr Body, Expr OrElse) : Expr(Line, Column);

/// <summary>yield [value]; makes the enclosing function a generator.</summary>
public sealed record Yield(int Line, int Column, Expr? Value) : Expr(Line, Column);

/// <summary>`value` (backticks): repr(value).</summary>
public sealed record Repr(int Line, int Column, Expr Value) : Expr(Line, Column);

/// <summary>
/// A parameter list. Each entry of Args is a Name or (Python 2 tuple parameters) a TupleExpr of
/// Names and TupleExprs. Defaults belong to the last Defaults.Count entries of Args.
/// </summary>
public sealed record Parameters(IReadOnlyList<Expr> Args, IReadOnlyList<Expr> Defaults, string? VarArg, string? KwArg);
