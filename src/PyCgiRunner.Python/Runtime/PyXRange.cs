namespace PyCgiRunner.Python.Runtime;

/// <summary>xrange(start, stop, step): a lazy arithmetic sequence.</summary>
public sealed class PyXRange : PyObject
{
    public readonly long Start, Step, Count;

    public PyXRange(long start, long stop, long step)
    {
        if (step == 0) throw PyErr.ValueError("xrange() arg 3 must not be zero");
        Start = start;
        Step = step;
        Count = step > 0 ? (stop > start ? (stop - start - 1) / step + 1 : 0) : (start > stop ? (start - stop - 1) / -step + 1 : 0);
    }

    public override PyType Type => BuiltinTypes.XRange;
    public override int Length() => (int)Count;
    public override bool IsTrue() => Count != 0;

    public override string Repr()
    {
        var stop = Start + Count * Step;
        if (Start == 0 && Step == 1) return $"xrange({stop})";
        if (Step == 1) return $"xrange({Start}, {stop})";
        return $"xrange({Start}, {stop}, {Step})";
    }

    public override PyObject GetItem(PyObject key)
    {
        var i = Ops.ToLong(key);
        if (i < 0) i += Count;
        if (i < 0 || i >= Count) throw PyErr.IndexError("xrange object index out of range");
        return PyInt.Get(Start + i * Step);
    }

    public override bool Contains(PyObject item)
    {
        if (item is not PyInt i) return base.Contains(item);
        var offset = i.Value - Start;
        if (Step > 0 ? offset < 0 : offset > 0) return false;
        return offset % Step == 0 && offset / Step < Count;
    }

    public override PyObject GetIter() => new RangeIterator(Start, Step, Count);
}

public sealed class RangeIterator : PyObject
{
    private long _next;
    private readonly long _step;
    private long _remaining;
    public RangeIterator(long start, long step, long count) { _next = start; _step = step; _remaining = count; }
    public override PyType Type => BuiltinTypes.RangeIterator;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        if (_remaining <= 0) { value = null!; return false; }
        value = PyInt.Get(_next);
        _next += _step;
        _remaining--;
        return true;
    }
}
