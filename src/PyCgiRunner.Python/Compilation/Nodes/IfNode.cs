using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>if test: body [else: orElse] (an elif chain is an IfNode in orElse).</summary>
public sealed class IfNode(ExprNode test, StmtNode body, StmtNode? orElse) : StmtNode
{
    private const int InBody = 0, InElse = 1;

    public override Completion Exec(Frame f)
    {
        if (Ops.IsTrue(test.Eval(f))) return Track(f, body.Exec(f), InBody);
        return orElse is null ? Completion.Normal : Track(f, orElse.Exec(f), InElse);
    }

    public override Completion Resume(Frame f)
    {
        var branch = f.Resume!.Pop().Index;
        return Track(f, (branch == InBody ? body : orElse!).Resume(f), branch);
    }
}
