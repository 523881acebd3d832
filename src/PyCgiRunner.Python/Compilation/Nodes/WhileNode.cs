using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>while test: body [else: orElse] (Python 2.7 reference §7.2).</summary>
public sealed class WhileNode(ExprNode test, StmtNode body, StmtNode? orElse) : StmtNode
{
    private const int InBody = 0, InElse = 1;

    public override Completion Exec(Frame f) => Loop(f);

    private Completion Loop(Frame f)
    {
        var ctx = f.Context;
        while (true)
        {
            f.Line = Line;
            if (!Ops.IsTrue(test.Eval(f))) break;
            var c = body.Exec(f);
            if (c >= Completion.Break) return c == Completion.Break ? Completion.Normal : Track(f, c, InBody);
            ctx.Tick();
        }
        return orElse is null ? Completion.Normal : Track(f, orElse.Exec(f), InElse);
    }

    /// <summary>Finishes the suspended iteration (or else clause), then goes on looping.</summary>
    public override Completion Resume(Frame f)
    {
        if (f.Resume!.Pop().Index == InElse) return Track(f, orElse!.Resume(f), InElse);
        var c = body.Resume(f);
        if (c >= Completion.Break) return c == Completion.Break ? Completion.Normal : Track(f, c, InBody);
        f.Context.Tick();
        return Loop(f);
    }
}
