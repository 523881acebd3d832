using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// The in-place operation of an augmented assignment whose parts were evaluated beforehand (a generator's
/// 'x[i] += yield v': the target's current value is read before the yield, as in CPython).
/// </summary>
public sealed class InPlaceNode(BinaryOperator op, ExprNode current, ExprNode value) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var a = current.Eval(f);
        return AugAssignNode.Apply(op, a, value.Eval(f));
    }
}
