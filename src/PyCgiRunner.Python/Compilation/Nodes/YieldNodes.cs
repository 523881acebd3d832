using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// 'yield value', or 'target = yield value' (Python 2.7 reference §6.8, PEP 342). The compiler turns every
/// other position of a yield into this form, evaluating the surrounding expression's parts in CPython's order
/// into hidden temporaries. Suspends the generator; on resume it raises what throw() or close() sent in, or
/// stores the value send() delivered.
/// </summary>
public sealed class YieldNode(ExprNode? value, TargetNode? target) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        f.Resume!.Yielded = value?.Eval(f) ?? PyNone.Instance;
        return Completion.Yield;
    }

    public override Completion Resume(Frame f)
    {
        var state = f.Resume!;
        if (state.Thrown is { } thrown)
        {
            state.Thrown = null;
            throw thrown;
        }
        var sent = state.Sent;
        state.Sent = PyNone.Instance;
        target?.Store(f, sent);
        return Completion.Normal;
    }
}
