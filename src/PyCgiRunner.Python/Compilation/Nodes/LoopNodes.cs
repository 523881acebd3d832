using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

public sealed class IfNode : StmtNode
{
    private readonly ExprNode _test;
    private readonly StmtNode _body;
    private readonly StmtNode? _orElse;

    public IfNode(ExprNode test, StmtNode body, StmtNode? orElse)
    {
        _test = test; _body = body; _orElse = orElse;
        HasYield = body.HasYield || (orElse?.HasYield ?? false);
    }

    public override Completion Exec(Frame f)
    {
        if (Ops.IsTrue(_test.Eval(f))) return _body.Exec(f);
        return _orElse?.Exec(f) ?? Completion.Normal;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        if (Ops.IsTrue(_test.Eval(f))) return BlockNode.RunGen(_body, f);
        if (_orElse is not null) return BlockNode.RunGen(_orElse, f);
        f.GenCompletion = Completion.Normal;
        return [];
    }
}

public sealed class WhileNode : StmtNode
{
    private readonly ExprNode _test;
    private readonly StmtNode _body;
    private readonly StmtNode? _orElse;

    public WhileNode(ExprNode test, StmtNode body, StmtNode? orElse)
    {
        _test = test; _body = body; _orElse = orElse;
        HasYield = body.HasYield || (orElse?.HasYield ?? false);
    }

    public override Completion Exec(Frame f)
    {
        var ctx = f.Context;
        while (true)
        {
            f.Line = Line;
            if (!Ops.IsTrue(_test.Eval(f))) break;
            var c = _body.Exec(f);
            if (c == Completion.Break) return Completion.Normal;
            if (c == Completion.Return) return c;
            ctx.Tick();
        }
        return _orElse?.Exec(f) ?? Completion.Normal;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        var ctx = f.Context;
        while (true)
        {
            f.Line = Line;
            if (!Ops.IsTrue(_test.Eval(f))) break;
            foreach (var v in BlockNode.RunGen(_body, f)) yield return v;
            var c = f.GenCompletion;
            if (c == Completion.Break) { f.GenCompletion = Completion.Normal; yield break; }
            if (c == Completion.Return) yield break;
            ctx.Tick();
        }
        if (_orElse is not null)
            foreach (var v in BlockNode.RunGen(_orElse, f)) yield return v;
        else
            f.GenCompletion = Completion.Normal;
    }
}

public sealed class ForNode : StmtNode
{
    private readonly TargetNode _target;
    private readonly ExprNode _iter;
    private readonly StmtNode _body;
    private readonly StmtNode? _orElse;

    public ForNode(TargetNode target, ExprNode iter, StmtNode body, StmtNode? orElse)
    {
        _target = target; _iter = iter; _body = body; _orElse = orElse;
        HasYield = body.HasYield || (orElse?.HasYield ?? false);
    }

    public override Completion Exec(Frame f)
    {
        var ctx = f.Context;
        var iterable = _iter.Eval(f);
        if (iterable is PyXRange range && _target is LocalTarget local)
            return ExecRange(f, range, local.Slot);
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var item))
        {
            _target.Store(f, item);
            var c = _body.Exec(f);
            if (c == Completion.Break) return Completion.Normal;
            if (c == Completion.Return) return c;
            ctx.Tick();
            f.Line = Line;
        }
        return _orElse?.Exec(f) ?? Completion.Normal;
    }

    /// <summary>for i in xrange(...)/range: counts without iterator objects.</summary>
    private Completion ExecRange(Frame f, PyXRange range, int slot)
    {
        var ctx = f.Context;
        for (long i = 0, v = range.Start; i < range.Count; i++, v += range.Step)
        {
            f.Locals[slot].Value = PyInt.Get(v);
            var c = _body.Exec(f);
            if (c == Completion.Break) return Completion.Normal;
            if (c == Completion.Return) return c;
            ctx.Tick();
            f.Line = Line;
        }
        return _orElse?.Exec(f) ?? Completion.Normal;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        var ctx = f.Context;
        var it = Ops.GetIter(_iter.Eval(f));
        while (Ops.Next(it, out var item))
        {
            _target.Store(f, item);
            foreach (var v in BlockNode.RunGen(_body, f)) yield return v;
            var c = f.GenCompletion;
            if (c == Completion.Break) { f.GenCompletion = Completion.Normal; yield break; }
            if (c == Completion.Return) yield break;
            ctx.Tick();
            f.Line = Line;
        }
        if (_orElse is not null)
            foreach (var v in BlockNode.RunGen(_orElse, f)) yield return v;
        else
            f.GenCompletion = Completion.Normal;
    }
}
