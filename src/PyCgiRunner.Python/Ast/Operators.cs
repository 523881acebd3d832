namespace PyCgiRunner.Python.Ast;

// Python 2.7 reference §5.5–§5.10: the binary, unary, comparison and boolean operators.

public enum BinaryOperator { Add, Sub, Mult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, TrueDiv }
// TrueDiv is never produced by the parser: the compiler uses it for / under "from __future__ import division".

public enum UnaryOperator { Invert, Not, UAdd, USub }

public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public enum BoolOperator { And, Or }
