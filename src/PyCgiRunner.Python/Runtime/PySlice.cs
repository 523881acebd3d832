namespace PyCgiRunner.Python.Runtime;

/// <summary>slice(start, stop, step); Indices applies the rules of slice.indices().</summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;

    public PySlice(PyObject start, PyObject stop, PyObject step) { Start = start; Stop = stop; Step = step; }

    public override PyType Type => BuiltinTypes.Slice;
    public override string Repr() => $"slice({Ops.Repr(Start)}, {Ops.Repr(Stop)}, {Ops.Repr(Step)})";
    public override long Hash() => throw PyErr.TypeError("unhashable type");

    public (int start, int stop, int step, int count) Indices(int length)
    {
        long step = Step is PyNone ? 1 : ToIndex(Step);
        if (step == 0) throw PyErr.ValueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? length - 1 : length;
        long start = Start is PyNone ? (step < 0 ? upper : lower) : Clamp(ToIndex(Start), length, lower, upper);
        long stop = Stop is PyNone ? (step < 0 ? lower : upper) : Clamp(ToIndex(Stop), length, lower, upper);
        long count;
        if (step > 0) count = stop > start ? (stop - start + step - 1) / step : 0;
        else count = start > stop ? (start - stop + (-step) - 1) / (-step) : 0;
        return ((int)start, (int)stop, (int)step, (int)count);
    }

    private static long Clamp(long v, int length, long lower, long upper)
    {
        if (v < 0) { v += length; if (v < lower) v = lower; }
        else if (v > upper) v = upper;
        return v;
    }

    private static long ToIndex(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyLong l)
        {
            // Longs that fit are ordinary indices; huge ones clamp like sys.maxint.
            if (l.Value >= long.MinValue / 2 && l.Value <= long.MaxValue / 2) return (long)l.Value;
            return l.Value.Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
        }
        if (Ops.TryIndex(o, out var n)) return n;
        throw PyErr.TypeError("slice indices must be integers or None or have an __index__ method");
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PySlice s) return PyNotImplemented.Instance;
        var a = new PyTuple(Start, Stop, Step);
        var b = new PyTuple(s.Start, s.Stop, s.Step);
        return a.RichCompare(b, op);
    }
}
