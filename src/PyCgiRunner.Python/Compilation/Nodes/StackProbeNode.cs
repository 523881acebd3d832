using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// Placed by the compiler every few dozen levels of a deeply nested expression: checks that the thread's stack
/// can take the next levels (DESIGN.md, "Never crash the host").
/// </summary>
public sealed class StackProbeNode(ExprNode inner) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        if (RecursionGuard.StackIsLow) throw PyErr.RecursionError();
        return inner.Eval(f);
    }
}
