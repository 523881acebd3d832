using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

public sealed class TupleNode(ExprNode[] items) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        if (items.Length == 0) return PyTuple.Empty;
        var values = new PyObject[items.Length];
        for (var i = 0; i < items.Length; i++) values[i] = items[i].Eval(f);
        return new PyTuple(values);
    }
}

public sealed class ListNode(ExprNode[] items) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var values = new PyObject[items.Length];
        for (var i = 0; i < items.Length; i++) values[i] = items[i].Eval(f);
        return new PyList(values);
    }
}

public sealed class SetNode(ExprNode[] items) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        // BUILD_SET adds the items left to right once all are evaluated (an item's evaluation may fail first).
        var values = new PyObject[items.Length];
        for (var i = 0; i < items.Length; i++) values[i] = items[i].Eval(f);
        var set = new PySet();
        foreach (var v in values) set.Add(v);
        return set;
    }
}

public sealed class DictNode(ExprNode[] keys, ExprNode[] values) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var d = PyDict.Presized(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            // Python 2.7 evaluates the value before the key in a display.
            var v = values[i].Eval(f);
            d.Set(keys[i].Eval(f), v);
        }
        return d;
    }
}

/// <summary>One 'for target in iter if cond...' clause, compiled.</summary>
public sealed record ComprehensionClause(TargetNode Target, ExprNode Iter, ExprNode[] Conditions);

/// <summary>[elt for ...]: runs in the enclosing frame, so its variables leak (Python 2 semantics).</summary>
public sealed class ListCompNode(ExprNode element, ComprehensionClause[] clauses) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var result = new PyList();
        Run(f, 0, result);
        return result;
    }

    private void Run(Frame f, int level, PyList result)
    {
        var clause = clauses[level];
        var it = Ops.GetIter(clause.Iter.Eval(f));
        var ctx = f.Context;
        while (Ops.Next(it, out var item))
        {
            clause.Target.Store(f, item);
            if (!ComprehensionBody.PassesConditions(f, clause.Conditions)) continue;
            if (level + 1 < clauses.Length) Run(f, level + 1, result);
            else result.Append(element.Eval(f));
            ctx.Tick();
        }
    }
}

/// <summary>
/// The body of a set or dict comprehension compiled as its own function (Python 2.7 gives them a scope):
/// slot 0 holds the iterator of the first iterable.
/// </summary>
public sealed class ComprehensionBody(ExprNode element, ExprNode? value, ComprehensionClause[] clauses) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        PyObject result = value is null ? new PySet() : new PyDict();
        Run(f, 0, result);
        f.ReturnValue = result;
        return Completion.Return;
    }

    private void Run(Frame f, int level, PyObject result)
    {
        var clause = clauses[level];
        var it = level == 0 ? f.Locals[0].Value! : Ops.GetIter(clause.Iter.Eval(f));
        while (Ops.Next(it, out var item))
        {
            clause.Target.Store(f, item);
            if (!PassesConditions(f, clause.Conditions)) continue;
            if (level + 1 < clauses.Length) Run(f, level + 1, result);
            else if (result is PyDict d)
            {
                // Python 2.7 evaluates a dict comprehension's value before its key (MAP_ADD), as in a display.
                var v = value!.Eval(f);
                d.Set(element.Eval(f), v);
            }
            else ((PySet)result).Add(element.Eval(f));
        }
    }

    public static bool PassesConditions(Frame f, ExprNode[] conditions)
    {
        foreach (var c in conditions)
            if (!Ops.IsTrue(c.Eval(f))) return false;
        return true;
    }
}
