namespace PyCgiRunner.Python.Ast;

// Python 2.7 reference §5.5–§5.10: the binary, unary, comparison and boolean operators.

public enum BinaryOperator { Add, Sub, Mult, Div, FloorDiv, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd }

public enum UnaryOperator { Invert, Not, UAdd, USub }

public enum CompareOperator { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }

public enum BoolOperator { And, Or }
