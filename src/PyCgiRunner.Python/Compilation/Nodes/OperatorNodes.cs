using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

public sealed class BinaryNode(BinaryOperator op, ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        // Exact ints skip the dispatch (no Python class can be involved).
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && a is PyInt x && b is PyInt y)
            return PyInt.IntArith(op, x.Value, y.Value);
        return Ops.Binary(op, a, b);
    }
}

/// <summary>a + b with the int fast path inline (the most common operation in loops).</summary>
public sealed class AddNode(ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f) => Ops.Add(left.Eval(f), right.Eval(f));
}

public sealed class SubNode(ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && a is PyInt x && b is PyInt y)
        {
            var r = x.Value - y.Value;
            if (((x.Value ^ y.Value) & (x.Value ^ r)) >= 0) return PyInt.Get(r);
        }
        return Ops.Binary(BinaryOperator.Sub, a, b);
    }
}

public sealed class UnaryNode(UnaryOperator op, ExprNode operand) : ExprNode
{
    public override PyObject Eval(Frame f) => Ops.Unary(op, operand.Eval(f));
}

public sealed class NotNode(ExprNode operand) : ExprNode
{
    public override PyObject Eval(Frame f) => PyBool.Of(!Ops.IsTrue(operand.Eval(f)));
}

public sealed class AndNode(ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        foreach (var e in values)
        {
            v = e.Eval(f);
            if (!Ops.IsTrue(v)) return v;
        }
        return v;
    }
}

public sealed class OrNode(ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        PyObject v = null!;
        foreach (var e in values)
        {
            v = e.Eval(f);
            if (Ops.IsTrue(v)) return v;
        }
        return v;
    }
}

public sealed class IfExpNode(ExprNode test, ExprNode body, ExprNode orElse) : ExprNode
{
    public override PyObject Eval(Frame f) => Ops.IsTrue(test.Eval(f)) ? body.Eval(f) : orElse.Eval(f);
}

public sealed class ReprNode(ExprNode value) : ExprNode
{
    public override PyObject Eval(Frame f) => PyStr.From(Ops.Repr(value.Eval(f)));
}

/// <summary>One comparison a OP b (the common, unchained case).</summary>
public sealed class CompareNode(CompareOperator op, ExprNode left, ExprNode right) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = left.Eval(f);
        var b = right.Eval(f);
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt) && a is PyInt x && b is PyInt y)
        {
            // Exact ints: the comparison needs no dispatch (the common loop and recursion test).
            var (p, q) = (x.Value, y.Value);
            switch (op)
            {
                case CompareOperator.Lt: return PyBool.Of(p < q);
                case CompareOperator.LtE: return PyBool.Of(p <= q);
                case CompareOperator.Gt: return PyBool.Of(p > q);
                case CompareOperator.GtE: return PyBool.Of(p >= q);
                case CompareOperator.Eq: return PyBool.Of(p == q);
                case CompareOperator.NotEq: return PyBool.Of(p != q);
            }
        }
        return Comparisons.Apply(op, a, b);
    }
}

/// <summary>a &lt; b &lt; c: each middle operand evaluated once, stopping at the first false link.</summary>
public sealed class ChainCompareNode(ExprNode first, CompareOperator[] ops, ExprNode[] rest) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var left = first.Eval(f);
        PyObject result = PyBool.True;
        for (var i = 0; i < ops.Length; i++)
        {
            var right = rest[i].Eval(f);
            result = Comparisons.Apply(ops[i], left, right);
            if (!Ops.IsTrue(result)) return result;
            left = right;
        }
        return result;
    }
}

public static class Comparisons
{
    public static PyObject Apply(CompareOperator op, PyObject a, PyObject b) => op switch
    {
        CompareOperator.Eq => Ops.Compare(a, b, CompareOp.Eq),
        CompareOperator.NotEq => Ops.Compare(a, b, CompareOp.Ne),
        CompareOperator.Lt => Ops.Compare(a, b, CompareOp.Lt),
        CompareOperator.LtE => Ops.Compare(a, b, CompareOp.Le),
        CompareOperator.Gt => Ops.Compare(a, b, CompareOp.Gt),
        CompareOperator.GtE => Ops.Compare(a, b, CompareOp.Ge),
        CompareOperator.Is => PyBool.Of(ReferenceEquals(a, b)),
        CompareOperator.IsNot => PyBool.Of(!ReferenceEquals(a, b)),
        CompareOperator.In => PyBool.Of(Ops.Contains(b, a)),
        _ => PyBool.Of(!Ops.Contains(b, a)),
    };
}
