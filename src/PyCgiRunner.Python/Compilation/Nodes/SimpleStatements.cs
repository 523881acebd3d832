using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

public sealed class ExprStmtNode(ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        value.Eval(f);
        return Completion.Normal;
    }
}

/// <summary>An expression statement at the top of 'single' code: its value goes to sys.displayhook (PRINT_EXPR).</summary>
public sealed class DisplayExprNode(ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var result = value.Eval(f);
        var ctx = PyContext.Current;
        var hook = ctx.Sys.Dict.GetStrOrNull("displayhook") ?? throw PyErr.RuntimeError("lost sys.displayhook");
        Ops.CallFunction(hook, result);
        return Completion.Normal;
    }
}

public sealed class PassNode : StmtNode
{
    public override Completion Exec(Frame f) => Completion.Normal;
}

public sealed class BreakNode : StmtNode
{
    public override Completion Exec(Frame f) => Completion.Break;
}

public sealed class ContinueNode : StmtNode
{
    public override Completion Exec(Frame f) => Completion.Continue;
}

public sealed class ReturnNode(ExprNode? value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        f.ReturnValue = value?.Eval(f) ?? PyNone.Instance;
        return Completion.Return;
    }
}

/// <summary>x = value, a = b = value: the value is evaluated once and stored left to right.</summary>
public sealed class AssignNode(TargetNode[] targets, ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var v = value.Eval(f);
        foreach (var t in targets) t.Store(f, v);
        return Completion.Normal;
    }
}

/// <summary>x = value for a slot local: the most common statement, kept to one virtual call.</summary>
public sealed class LocalAssignNode(int slot, ExprNode value) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        f.Locals[slot].Value = value.Eval(f);
        return Completion.Normal;
    }
}

/// <summary>
/// target op= value: the target's container and key are evaluated once (Python 2.7 reference §6.2.1).
/// </summary>
public sealed class AugAssignNode : StmtNode
{
    private readonly BinaryOperator _op;
    private readonly ExprNode _value;
    private readonly ExprNode? _load;
    private readonly TargetNode? _store;
    private readonly ExprNode? _obj;
    private readonly ExprNode? _index;
    private readonly string? _attr;

    public AugAssignNode(BinaryOperator op, ExprNode value, ExprNode load, TargetNode store)
    {
        _op = op; _value = value; _load = load; _store = store;
    }

    public AugAssignNode(BinaryOperator op, ExprNode value, ExprNode obj, ExprNode? index, string? attr)
    {
        _op = op; _value = value; _obj = obj; _index = index; _attr = attr;
    }

    public override Completion Exec(Frame f)
    {
        if (_load is not null)
        {
            var current = _load.Eval(f);
            var v = _value.Eval(f);
            _store!.Store(f, Apply(current, v));
            return Completion.Normal;
        }
        var o = _obj!.Eval(f);
        if (_attr is not null)
        {
            var current = Ops.GetAttr(o, _attr);
            Ops.SetAttr(o, _attr, Apply(current, _value.Eval(f)));
        }
        else
        {
            var k = _index!.Eval(f);
            var current = Ops.GetItem(o, k);
            Ops.SetItem(o, k, Apply(current, _value.Eval(f)));
        }
        return Completion.Normal;
    }

    private PyObject Apply(PyObject a, PyObject b)
    {
        // Exact ints have no in-place methods: the binary operation is the answer.
        if (a.GetType() == typeof(PyInt) && b.GetType() == typeof(PyInt))
            return PyInt.IntArith(_op, ((PyInt)a).Value, ((PyInt)b).Value);
        return Ops.InPlace(_op, a, b);
    }
}

public sealed class DeleteNode(TargetNode[] targets) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        foreach (var t in targets) t.Delete(f);
        return Completion.Normal;
    }
}

public sealed class AssertNode(ExprNode test, ExprNode? message) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        if (Ops.IsTrue(test.Eval(f))) return Completion.Normal;
        if (message is null) throw PyErr.AssertionError();
        throw PyErr.New(BuiltinTypes.AssertionError, message.Eval(f));
    }
}
