namespace PyCgiRunner.Python.Runtime;

/// <summary>bool, a subclass of int with exactly two instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);

    private PyBool(long value) : base(value) { }

    public static PyBool Of(bool value) => value ? True : False;

    public override PyType Type => BuiltinTypes.Bool;
    public override string Repr() => Value != 0 ? "True" : "False";

    // bool & | ^ bool stays a bool (Objects/boolobject.c).
    public override PyObject BinaryOp(Ast.BinaryOperator op, PyObject other)
    {
        if (other is PyBool b)
        {
            switch (op)
            {
                case Ast.BinaryOperator.BitAnd: return Of((Value & b.Value) != 0);
                case Ast.BinaryOperator.BitOr: return Of((Value | b.Value) != 0);
                case Ast.BinaryOperator.BitXor: return Of((Value ^ b.Value) != 0);
            }
        }
        return base.BinaryOp(op, other);
    }
}
