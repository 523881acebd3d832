using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>try: body except...: handlers [else: orElse] (Python 2.7 reference §7.4).</summary>
public sealed class TryExceptNode(StmtNode body, ExceptClause[] handlers, StmtNode? orElse) : StmtNode
{
    // Resume entry index: InBody, InElse, a handler's body (its index), or matching a handler whose type
    // expression suspended (MatchingBase - index, with the exception being matched as the state).
    private const long InBody = -1, InElse = -2, MatchingBase = -3;

    public override Completion Exec(Frame f) => RunBody(f, resuming: false);

    public override Completion Resume(Frame f)
    {
        var (at, state) = f.Resume!.Pop();
        if (at == InBody) return RunBody(f, resuming: true);
        if (at == InElse) return Track(f, orElse!.Resume(f), InElse);
        if (at <= MatchingBase) return Dispatch(f, (PythonException)state!, (int)(MatchingBase - at), resuming: true);
        return Track(f, handlers[at].Body.Resume(f), at);
    }

    private Completion RunBody(Frame f, bool resuming)
    {
        Completion c;
        PythonException caught;
        try
        {
            c = resuming ? body.Resume(f) : body.Exec(f);
        }
        catch (Exception ex) when (ForeignExceptions.Catchable(ex, out var e))
        {
            // The handler runs outside the catch block, so the frames that raised are unwound first (see
            // TryFinallyNode). A .NET exception from the runtime is handled as the Python one it stands for.
            caught = e;
            goto Failed;
        }
        if (c == Completion.Normal && orElse is not null) return Track(f, orElse.Exec(f), InElse);
        return Track(f, c, InBody);

    Failed:
        CodeObject.RecordFrame(caught, f);
        if (f.LocalTrace is not null) Tracing.Exception(f, caught);
        return Dispatch(f, caught, 0, resuming: false);
    }

    /// <summary>
    /// Finds the first matching clause from 'from' on; the exception becomes sys.exc_info(), the target is bound
    /// and the clause's body runs. No match re-raises.
    /// </summary>
    private Completion Dispatch(Frame f, PythonException e, int from, bool resuming)
    {
        for (var i = from; i < handlers.Length; i++)
        {
            var h = handlers[i];
            if (h.Type is not null)
            {
                f.Line = h.Line;
                if (f.LocalTrace is not null && !(resuming && i == from)) Tracing.Line(f);
                if (h.TypePrelude is { } prelude)
                {
                    var pc = resuming && i == from ? prelude.Resume(f) : prelude.Exec(f);
                    if (pc == Completion.Yield) return Track(f, pc, MatchingBase - i, e);
                }
                if (!ExceptionFactory.Matches(e, h.Type.Eval(f))) continue;
            }
            f.Context.HandledException = e;
            h.Target?.Store(f, e.Value);
            return Track(f, h.Body.Exec(f), i);
        }
        throw e;
    }
}
