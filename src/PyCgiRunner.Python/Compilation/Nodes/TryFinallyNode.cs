using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// try: body finally: final (Python 2.7 reference §7.4). The finally clause runs after the body however it
/// ends; a return, break or continue in the clause discards what was pending (a return value or an exception).
/// Python 2.7 allows a yield in both parts; while the clause is suspended its pending outcome waits on the
/// resume stack.
/// </summary>
public sealed class TryFinallyNode(StmtNode body, StmtNode final) : StmtNode
{
    private const long InBody = 0, InFinal = 1;

    /// <summary>What the finally clause must resume once it completes normally.</summary>
    private sealed record Pending(Completion Completion, PyObject? ReturnValue, PythonException? Error);

    public override Completion Exec(Frame f) => RunBody(f, resuming: false);

    public override Completion Resume(Frame f)
    {
        var (at, state) = f.Resume!.Pop();
        if (at == InBody) return RunBody(f, resuming: true);
        var pending = (Pending)state!;
        return Finish(f, final.Resume(f), pending.Completion, pending.ReturnValue, pending.Error);
    }

    private Completion RunBody(Frame f, bool resuming)
    {
        Completion c;
        PythonException error;
        try
        {
            c = resuming ? body.Resume(f) : body.Exec(f);
        }
        catch (Exception ex) when (ForeignExceptions.Catchable(ex, out var e))
        {
            // Handled below, outside the catch block, so the frames that raised are unwound first (a
            // rethrow from inside nested catch blocks stacks up .NET's exception dispatch). Leaving by goto
            // keeps the normal path free of variables the handler writes (they would live in memory).
            error = e;
            goto Failed;
        }
        if (c == Completion.Yield) return Track(f, c, InBody);
        var pendingReturn = f.ReturnValue;
        var finalCompletion = final.Exec(f);
        if (finalCompletion != Completion.Normal) return Finish(f, finalCompletion, c, pendingReturn, null);
        f.ReturnValue = pendingReturn;
        return c;

    Failed:
        CodeObject.RecordFrame(error, f);
        // An exception handled inside the clause does not outlive it.
        var saved = f.Context.HandledException;
        var fc = final.Exec(f);
        if (fc != Completion.Yield) f.Context.HandledException = saved;
        return Finish(f, fc, Completion.Normal, null, error);
    }

    /// <summary>After the finally clause: suspend again, let its own break/continue/return win, or go on.</summary>
    private static Completion Finish(Frame f, Completion fc, Completion c, PyObject? returnValue, PythonException? error)
    {
        if (fc == Completion.Yield) return Track(f, fc, InFinal, new Pending(c, returnValue, error));
        if (fc != Completion.Normal) return fc;
        // A plain throw: Python tracebacks live on the exception, and this is cheaper than a dispatch-info rethrow.
        if (error is not null) throw error;
        f.ReturnValue = returnValue;
        return c;
    }
}
