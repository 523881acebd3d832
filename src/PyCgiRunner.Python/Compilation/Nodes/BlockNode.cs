using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>A statement list. Sets the frame's current line before each statement (what tracebacks show).</summary>
public sealed class BlockNode : StmtNode
{
    private readonly StmtNode[] _body;

    public BlockNode(StmtNode[] body)
    {
        _body = body;
        HasYield = body.Any(s => s.HasYield);
    }

    public override Completion Exec(Frame f)
    {
        foreach (var s in _body)
        {
            f.Line = s.Line;
            if (f.LocalTrace is not null) Tracing.Line(f);
            var c = s.Exec(f);
            if (c != Completion.Normal) return c;
        }
        return Completion.Normal;
    }

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        foreach (var s in _body)
        {
            f.Line = s.Line;
            if (f.LocalTrace is not null) Tracing.Line(f);
            if (s.HasYield)
            {
                foreach (var v in s.ExecGen(f)) yield return v;
                if (f.GenCompletion != Completion.Normal) yield break;
            }
            else
            {
                var c = s.Exec(f);
                if (c != Completion.Normal) { f.GenCompletion = c; yield break; }
            }
        }
        f.GenCompletion = Completion.Normal;
    }

    public static IEnumerable<PyObject> RunGen(StmtNode s, Frame f)
    {
        if (s.HasYield) return s.ExecGen(f);
        f.GenCompletion = s.Exec(f);
        return [];
    }
}
