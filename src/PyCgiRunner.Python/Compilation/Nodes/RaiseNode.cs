using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>raise [type [, value [, traceback]]] (Python 2.7 reference §6.9).</summary>
public sealed class RaiseNode(ExprNode? type, ExprNode? value, ExprNode? traceback) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        if (type is null)
        {
            var current = f.Context.HandledException
                ?? throw PyErr.TypeError("exceptions must be old-style classes or derived from BaseException, not NoneType");
            // A plain throw: the Python traceback lives on the exception; keeping .NET's stack trace (as
            // ExceptionDispatchInfo does) would make each re-raise in a deep recursion cost O(depth).
            throw current;
        }
        var t = type.Eval(f);
        var v = value?.Eval(f);
        var tb = traceback?.Eval(f);
        var e = ExceptionFactory.Create(t, v);
        if (tb is PyTraceback ptb) e.ExplicitTraceback = ptb;
        else if (tb is not null and not PyNone) throw PyErr.TypeError("raise: arg 3 must be a traceback or None");
        throw e;
    }
}
