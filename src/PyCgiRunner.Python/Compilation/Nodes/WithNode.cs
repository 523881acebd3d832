using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// with expr [as target]: body (Python 2.7 reference §7.5, PEP 343). The target is bound inside the protected
/// region, as CPython's SETUP_WITH does, so a failing store also reaches __exit__. A suspended body keeps the
/// bound __exit__ on the resume stack.
/// </summary>
public sealed class WithNode(ExprNode manager, TargetNode? target, StmtNode body) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var mgr = manager.Eval(f);
        var exit = Ops.GetAttrOrNull(mgr, "__exit__") ?? throw PyErr.AttributeError("__exit__");
        var enter = Ops.GetAttrOrNull(mgr, "__enter__") ?? throw PyErr.AttributeError("__enter__");
        return RunBody(f, exit, enter.Call([], null), resuming: false);
    }

    public override Completion Resume(Frame f) => RunBody(f, (PyObject)f.Resume!.Pop().State!, null, resuming: true);

    private Completion RunBody(Frame f, PyObject exit, PyObject? entered, bool resuming)
    {
        Completion c;
        PythonException error;
        try
        {
            if (resuming)
            {
                c = body.Resume(f);
            }
            else
            {
                target?.Store(f, entered!);
                c = body.Exec(f);
            }
        }
        catch (Exception ex) when (ForeignExceptions.Catchable(ex, out var e))
        {
            // __exit__ runs outside the catch block (see TryFinallyNode).
            error = e;
            goto Failed;
        }
        if (c == Completion.Yield) return Track(f, c, 0, exit);
        exit.Call([PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        return c;

    Failed:
        CodeObject.RecordFrame(error, f);
        var tb = (PyObject?)error.BuildTraceback() ?? PyNone.Instance;
        if (!Ops.IsTrue(exit.Call([error.PyClass, error.Value, tb], null))) throw error;
        return Completion.Normal;
    }
}
