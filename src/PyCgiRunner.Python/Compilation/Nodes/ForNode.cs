using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// for target in iterable: body [else: orElse] (Python 2.7 reference §7.3). A suspended loop keeps its
/// iterator (or, for the xrange fast path, the range and the position) on the resume stack.
/// </summary>
public sealed class ForNode(TargetNode target, ExprNode iter, StmtNode body, StmtNode? orElse) : StmtNode
{
    // Resume entry index: the position of an xrange loop (>= 0), or one of these.
    private const long InIterator = -1, InElse = -2;

    public override Completion Exec(Frame f)
    {
        var iterable = iter.Eval(f);
        if (iterable is PyXRange range && target is LocalTarget local)
            return RunRange(f, range, local.Slot, 0);
        return RunIterator(f, Ops.GetIter(iterable));
    }

    private Completion RunIterator(Frame f, PyObject it)
    {
        var ctx = f.Context;
        while (Ops.Next(it, out var item))
        {
            target.Store(f, item);
            var c = body.Exec(f);
            if (c >= Completion.Break) return c == Completion.Break ? Completion.Normal : Track(f, c, InIterator, it);
            ctx.Tick();
            f.Line = Line;
        }
        return Else(f);
    }

    /// <summary>for i in xrange(...)/range: counts without iterator objects, from position 'from'.</summary>
    private Completion RunRange(Frame f, PyXRange range, int slot, long from)
    {
        var ctx = f.Context;
        for (long i = from, v = range.Start + from * range.Step; i < range.Count; i++, v += range.Step)
        {
            f.Locals[slot].Value = PyInt.Get(v);
            var c = body.Exec(f);
            if (c >= Completion.Break) return c == Completion.Break ? Completion.Normal : Track(f, c, i, range);
            ctx.Tick();
            f.Line = Line;
        }
        return Else(f);
    }

    private Completion Else(Frame f) => orElse is null ? Completion.Normal : Track(f, orElse.Exec(f), InElse);

    /// <summary>Finishes the suspended iteration (or else clause), then goes on with the next item.</summary>
    public override Completion Resume(Frame f)
    {
        var (at, state) = f.Resume!.Pop();
        if (at == InElse) return Track(f, orElse!.Resume(f), InElse);
        var c = body.Resume(f);
        if (c >= Completion.Break) return c == Completion.Break ? Completion.Normal : Track(f, c, at, state);
        f.Context.Tick();
        f.Line = Line;
        if (at == InIterator) return RunIterator(f, (PyObject)state!);
        return RunRange(f, (PyXRange)state!, ((LocalTarget)target).Slot, at + 1);
    }
}
