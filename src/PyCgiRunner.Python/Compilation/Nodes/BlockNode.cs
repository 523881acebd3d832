using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// A statement list. Sets the frame's current line before each statement (what tracebacks show). When a
/// statement suspends, the block records its index and later continues from it.
/// </summary>
public sealed class BlockNode(StmtNode[] body) : StmtNode
{
    public override Completion Exec(Frame f) => Run(f, 0);

    public override Completion Resume(Frame f)
    {
        var i = (int)f.Resume!.Pop().Index;
        var c = body[i].Resume(f);
        if (c != Completion.Normal) return Track(f, c, i);
        return Run(f, i + 1);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Completion Run(Frame f, int start)
    {
        var statements = body;
        for (var i = start; i < statements.Length; i++)
        {
            var s = statements[i];
            f.Line = s.Line;
            if (f.LocalTrace is not null) Tracing.Line(f);
            var c = s.Exec(f);
            if (c != Completion.Normal) return Track(f, c, i);
        }
        return Completion.Normal;
    }
}
