using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// 'yield value' as a statement, or 'target = yield value'. Other positions of a yield are rewritten by the
/// compiler into this form through a hidden temporary. After resumption a value thrown in with
/// generator.throw() is raised here, as PEP 342 requires.
/// </summary>
public sealed class YieldNode : StmtNode
{
    private readonly ExprNode? _value;
    private readonly TargetNode? _target;

    public YieldNode(ExprNode? value, TargetNode? target)
    {
        _value = value;
        _target = target;
        HasYield = true;
    }

    public override Completion Exec(Frame f) => throw new InvalidOperationException("yield outside a generator body");

    public override IEnumerable<PyObject> ExecGen(Frame f)
    {
        yield return _value?.Eval(f) ?? PyNone.Instance;
        if (f.ThrownIn is { } thrown)
        {
            f.ThrownIn = null;
            throw thrown;
        }
        var sent = f.SentValue ?? PyNone.Instance;
        f.SentValue = null;
        _target?.Store(f, sent);
        f.GenCompletion = Completion.Normal;
    }
}
