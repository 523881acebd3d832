using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>
/// deque as a sequence: len, indexing (integers only, no slices), iteration, comparison and repr, both as the
/// engine's protocol methods and as the type's special-method attributes (deque.__len__(d) and friends).
/// </summary>
internal sealed partial class Deque
{
    public override int Length() => _count;
    public override bool IsTrue() => _count > 0;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'collections.deque'");
    public override PyObject GetIter() => new DequeIterator(this, reverse: false);

    /// <summary>sq_item: an integer index (negative counts from the right), anything else a TypeError.</summary>
    private int Position(PyObject key)
    {
        if (key is PyLong l && (l.Value > long.MaxValue || l.Value < long.MinValue))
            throw PyErr.IndexError("cannot fit 'long' into an index-sized integer");
        if (key is PyFloat || key is PySlice || !Ops.TryIndex(key, out var index))
            throw PyErr.TypeError($"sequence index must be integer, not '{key.Type.Name}'");
        if (index < 0) index += _count;
        if (index < 0 || index >= _count) throw PyErr.IndexError("deque index out of range");
        return (int)index;
    }

    public override PyObject GetItem(PyObject key) => this[Position(key)];

    public override void SetItem(PyObject key, PyObject value) => this[Position(key)] = value;

    /// <summary>deque_del_item: rotate the item to the left end, pop it, rotate back.</summary>
    public override void DelItem(PyObject key)
    {
        var i = Position(key);
        RotateItems(-i);
        PopLeftItem();
        RotateItems(i);
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
        => op == BinaryOperator.Add ? InPlaceAdd(other) : PyNotImplemented.Instance;

    /// <summary>deque_repr: the items as a list (so a deque inside itself shows as [...]), always named "deque".</summary>
    public override string Repr()
    {
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return "[...]";
        var items = Ops.Repr(new PyList(Ops.ToArray(this)));
        return _maxLen < 0 ? $"deque({items})" : $"deque({items}, maxlen={_maxLen})";
    }

    /// <summary>
    /// deque_richcompare: only between deques; == and != first compare lengths, then the first pair of items
    /// that differ decides, else the lengths do. Items are walked with deque iterators, so a comparison
    /// that mutates either deque raises RuntimeError.
    /// </summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not Deque w) return PyNotImplemented.Instance;
        if (op is CompareOp.Eq or CompareOp.Ne && _count != w._count) return PyBool.Of(op == CompareOp.Ne);
        var left = Ops.GetIter(this);
        var right = Ops.GetIter(w);
        while (true)
        {
            var hasLeft = Ops.Next(left, out var x);
            var hasRight = Ops.Next(right, out var y);
            if (!hasLeft || !hasRight) return PyBool.Of(Ops.CompareResult((hasLeft ? 1 : 0) - (hasRight ? 1 : 0), op));
            if (!Ops.Eq(x, y)) return Ops.Compare(x, y, op);
        }
    }

    [PythonFunction("__len__")]
    public int LenMethod() => _count;

    [PythonFunction("__iter__")]
    public PyObject IterMethod() => GetIter();

    [PythonFunction("__getitem__")]
    public PyObject GetItemMethod(PyObject key) => GetItem(key);

    [PythonFunction("__setitem__")]
    public void SetItemMethod(PyObject key, PyObject value) => SetItem(key, value);

    [PythonFunction("__delitem__")]
    public void DelItemMethod(PyObject key) => DelItem(key);

    [PythonFunction("__repr__")]
    public string ReprMethod() => Repr();

    [PythonFunction("__eq__")] public PyObject EqMethod(PyObject other) => RichCompare(other, CompareOp.Eq);
    [PythonFunction("__ne__")] public PyObject NeMethod(PyObject other) => RichCompare(other, CompareOp.Ne);
    [PythonFunction("__lt__")] public PyObject LtMethod(PyObject other) => RichCompare(other, CompareOp.Lt);
    [PythonFunction("__le__")] public PyObject LeMethod(PyObject other) => RichCompare(other, CompareOp.Le);
    [PythonFunction("__gt__")] public PyObject GtMethod(PyObject other) => RichCompare(other, CompareOp.Gt);
    [PythonFunction("__ge__")] public PyObject GeMethod(PyObject other) => RichCompare(other, CompareOp.Ge);
}
