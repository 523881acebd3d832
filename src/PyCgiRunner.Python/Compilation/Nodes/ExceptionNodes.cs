using System.Runtime.ExceptionServices;
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
            ExceptionDispatchInfo.Throw(current);
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

/// <summary>One 'except [type [, target]]:' clause.</summary>
public sealed record ExceptClause(ExprNode? Type, TargetNode? Target, StmtNode Body, int Line);

public sealed class TryExceptNode : StmtNode
{
    private readonly StmtNode _body;
    private readonly ExceptClause[] _handlers;
    private readonly StmtNode? _orElse;

    public TryExceptNode(StmtNode body, ExceptClause[] handlers, StmtNode? orElse)
    {
        _body = body; _handlers = handlers; _orElse = orElse;
        HasYield = body.HasYield || handlers.Any(h => h.Body.HasYield) || (orElse?.HasYield ?? false);
    }

    public override Completion Exec(Frame f)
    {
        Completion c;
        try
        {
            c = _body.Exec(f);
        }
        catch (PythonException e)
        {
            var handler = FindHandler(f, e) ?? throw Rethrow(e);
            return handler.Body.Exec(f);
        }
        if (c == Completion.Normal && _orElse is not null) return _orElse.Exec(f);
        return c;
    }

    private static Exception Rethrow(PythonException e)
    {
        ExceptionDispatchInfo.Throw(e);
        return e;
    }

    /// <summary>Finds the matching clause; when found the exception becomes sys.exc_info() and the target is bound.</summary>
    private ExceptClause? FindHandler(Frame f, PythonException e)
    {
        CodeObject.RecordFrame(e, f);
        if (f.LocalTrace is not null) Tracing.Exception(f, e);
        foreach (var h in _handlers)
        {
            if (h.Type is not null)
            {
                f.Line = h.Line;
                if (f.LocalTrace is not null) Tracing.Line(f);
                if (!ExceptionFactory.Matches(e, h.Type.Eval(f))) continue;
            }
            f.Context.HandledException = e;
            h.Target?.Store(f, e.Value);
            return h;
        }
        return null;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        using var body = BlockNode.RunGen(_body, f).GetEnumerator();
        ExceptClause? handler = null;
        while (true)
        {
            try
            {
                if (!body.MoveNext()) break;
            }
            catch (PythonException e)
            {
                handler = FindHandler(f, e) ?? throw Rethrow(e);
                break;
            }
            yield return body.Current;
        }
        if (handler is not null)
        {
            foreach (var v in BlockNode.RunGen(handler.Body, f)) yield return v;
            yield break;
        }
        if (f.GenCompletion == Completion.Normal && _orElse is not null)
            foreach (var v in BlockNode.RunGen(_orElse, f)) yield return v;
    }
}

public sealed class TryFinallyNode : StmtNode
{
    private readonly StmtNode _body;
    private readonly StmtNode _final;

    public TryFinallyNode(StmtNode body, StmtNode final)
    {
        _body = body; _final = final;
        HasYield = body.HasYield || final.HasYield;
    }

    public override Completion Exec(Frame f)
    {
        Completion c;
        try
        {
            c = _body.Exec(f);
        }
        catch (PythonException e)
        {
            CodeObject.RecordFrame(e, f);
            var saved = f.Context.HandledException;
            var fc = _final.Exec(f);
            f.Context.HandledException = saved;
            if (fc != Completion.Normal) return fc;   // return/break in finally discards the exception
            throw;
        }
        var pending = f.ReturnValue;
        var finalCompletion = _final.Exec(f);
        if (finalCompletion != Completion.Normal) return finalCompletion;
        f.ReturnValue = pending;
        return c;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        PythonException? pendingError = null;
        using (var body = BlockNode.RunGen(_body, f).GetEnumerator())
        {
            while (true)
            {
                try
                {
                    if (!body.MoveNext()) break;
                }
                catch (PythonException e)
                {
                    CodeObject.RecordFrame(e, f);
                    pendingError = e;
                    break;
                }
                yield return body.Current;
            }
        }
        var c = f.GenCompletion;
        var pending = f.ReturnValue;
        foreach (var v in BlockNode.RunGen(_final, f)) yield return v;
        if (f.GenCompletion != Completion.Normal) yield break;
        if (pendingError is not null) ExceptionDispatchInfo.Throw(pendingError);
        f.GenCompletion = c;
        f.ReturnValue = pending;
    }
}

/// <summary>with expr [as target]: body (Python 2.7 reference §7.5, PEP 343).</summary>
public sealed class WithNode : StmtNode
{
    private readonly ExprNode _manager;
    private readonly TargetNode? _target;
    private readonly StmtNode _body;

    public WithNode(ExprNode manager, TargetNode? target, StmtNode body)
    {
        _manager = manager; _target = target; _body = body;
        HasYield = body.HasYield;
    }

    private static (PyObject exit, PyObject value) Enter(PyObject mgr)
    {
        var exit = Ops.GetAttrOrNull(mgr, "__exit__") ?? throw PyErr.AttributeError("__exit__");
        var enter = Ops.GetAttrOrNull(mgr, "__enter__") ?? throw PyErr.AttributeError("__enter__");
        return (exit, enter.Call([], null));
    }

    private static bool ExitWithError(PyObject exit, PythonException e)
    {
        var tb = (PyObject?)e.BuildTraceback() ?? PyNone.Instance;
        return Ops.IsTrue(exit.Call([e.PyClass, e.Value, tb], null));
    }

    public override Completion Exec(Frame f)
    {
        var (exit, value) = Enter(_manager.Eval(f));
        _target?.Store(f, value);
        Completion c;
        try
        {
            c = _body.Exec(f);
        }
        catch (PythonException e)
        {
            CodeObject.RecordFrame(e, f);
            if (!ExitWithError(exit, e)) throw;
            return Completion.Normal;
        }
        exit.Call([PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        return c;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        var (exit, value) = Enter(_manager.Eval(f));
        _target?.Store(f, value);
        PythonException? error = null;
        using (var body = BlockNode.RunGen(_body, f).GetEnumerator())
        {
            while (true)
            {
                try
                {
                    if (!body.MoveNext()) break;
                }
                catch (PythonException e)
                {
                    CodeObject.RecordFrame(e, f);
                    error = e;
                    break;
                }
                yield return body.Current;
            }
        }
        if (error is not null)
        {
            if (!ExitWithError(exit, error)) ExceptionDispatchInfo.Throw(error);
            f.GenCompletion = Completion.Normal;
            yield break;
        }
        var c = f.GenCompletion;
        exit.Call([PyNone.Instance, PyNone.Instance, PyNone.Instance], null);
        f.GenCompletion = c;
    }
}
