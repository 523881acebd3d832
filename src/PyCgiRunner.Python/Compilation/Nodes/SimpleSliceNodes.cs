using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>
/// a[lo:hi] (no step): Python 2 calls __getslice__/__setslice__/__delslice__ when the class defines them, with
/// missing bounds as 0 and sys.maxint and negative bounds offset by len() (reference §3.4.6); otherwise it is
/// ordinary subscription with a slice object.
/// </summary>
public static class SimpleSlicing
{
    public static PyObject? FindHook(PyObject obj, string name)
        => obj is PyInstance inst ? inst.Class.LookupOrNull(name) : obj.Type.IsHeapType ? obj.Type.LookupOverride(name) : null;

    public static (PyObject lo, PyObject hi) Bounds(PyObject obj, PyObject? lower, PyObject? upper)
    {
        var lo = lower is null or PyNone ? 0 : Ops.ToLong(lower);
        var hi = upper is null or PyNone ? long.MaxValue : Ops.ToLong(upper);
        if (lo < 0 || hi < 0)
        {
            var len = FindHook(obj, "__len__") is not null || obj is not PyInstance ? Ops.Length(obj) : 0;
            if (lo < 0) lo += len;
            if (hi < 0) hi += len;
        }
        return (PyInt.Get(lo), PyInt.Get(hi));
    }
}

public sealed class SimpleSliceLoad(ExprNode obj, ExprNode? lower, ExprNode? upper) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var lo = lower?.Eval(f);
        var hi = upper?.Eval(f);
        if (SimpleSlicing.FindHook(o, "__getslice__") is { } hook)
        {
            var (a, b) = SimpleSlicing.Bounds(o, lo, hi);
            return TypeCalls.CallBound(hook, o, [a, b], null);
        }
        return Ops.GetItem(o, new PySlice(lo ?? PyNone.Instance, hi ?? PyNone.Instance, PyNone.Instance));
    }
}

public sealed class SimpleSliceTarget(ExprNode obj, ExprNode? lower, ExprNode? upper) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        var lo = lower?.Eval(f);
        var hi = upper?.Eval(f);
        if (SimpleSlicing.FindHook(o, "__setslice__") is { } hook)
        {
            var (a, b) = SimpleSlicing.Bounds(o, lo, hi);
            TypeCalls.CallBound(hook, o, [a, b, value], null);
            return;
        }
        Ops.SetItem(o, new PySlice(lo ?? PyNone.Instance, hi ?? PyNone.Instance, PyNone.Instance), value);
    }

    public override void Delete(Frame f)
    {
        var o = obj.Eval(f);
        var lo = lower?.Eval(f);
        var hi = upper?.Eval(f);
        if (SimpleSlicing.FindHook(o, "__delslice__") is { } hook)
        {
            var (a, b) = SimpleSlicing.Bounds(o, lo, hi);
            TypeCalls.CallBound(hook, o, [a, b], null);
            return;
        }
        Ops.DelItem(o, new PySlice(lo ?? PyNone.Instance, hi ?? PyNone.Instance, PyNone.Instance));
    }
}
