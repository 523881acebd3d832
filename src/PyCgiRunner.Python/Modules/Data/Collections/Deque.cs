using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>
/// collections.deque (CPython 2.7's Modules/_collectionsmodule.c): a double-ended queue, optionally bounded by
/// maxlen, kept here in a ring buffer (CPython links 62-slot blocks; only __sizeof__ shows the difference).
/// <see cref="State"/> counts the changes that move items, as CPython's deque->state does, so that iterators
/// and comparisons notice a deque mutated under them.
/// </summary>
[PythonType]
internal sealed partial class Deque : PyObject, IWeakReferenceable, ITraversable
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private PyDict? _dict;
    private PyObject[] _items = new PyObject[8];
    private int _head;
    private int _count;
    /// <summary>-1 when unbounded (CPython's convention).</summary>
    private long _maxLen = -1;

    /// <summary>Bumped by appends, pops, rotations and clears (not by item assignment or reverse, as in CPython).</summary>
    public long State { get; private set; }

    public Deque(PyType? type = null) { _type = type ?? TypeObject; }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _type.HasInstanceDict ? _dict ??= new PyDict() : null;
    public int Count => _count;
    public long MaxLength => _maxLen;

    private static PyType CreateType()
    {
        var t = SystemSupport.NewType("deque", "collections");
        t.NewFunc = (cls, _, _) => new Deque(cls);
        t.Dict.SetStr("__doc__", PyStr.From("deque([iterable[, maxlen]]) --> deque object\n\nA sequence with fast appends and pops at both ends, optionally bounded."));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        DefineMembers(t);
        return t;
    }

    /// <summary>The item at position i (0 = leftmost), no checks.</summary>
    public PyObject this[int i]
    {
        get => _items[(_head + i) % _items.Length];
        set => _items[(_head + i) % _items.Length] = value;
    }

    /// <summary>deque_traverse: the items, left to right.</summary>
    public void Traverse(Action<PyObject> visit)
    {
        for (var i = 0; i < _count; i++) visit(this[i]);
    }

    public PyObject[] ToArray()
    {
        var result = new PyObject[_count];
        for (var i = 0; i < _count; i++) result[i] = this[i];
        return result;
    }

    private void Grow()
    {
        var bigger = new PyObject[_items.Length * 2];
        for (var i = 0; i < _count; i++) bigger[i] = this[i];
        _items = bigger;
        _head = 0;
    }

    public void PushRight(PyObject item)
    {
        State++;
        if (_count == _items.Length) Grow();
        this[_count++] = item;
        if (_maxLen >= 0 && _count > _maxLen) PopLeftItem();
    }

    public void PushLeft(PyObject item)
    {
        State++;
        if (_count == _items.Length) Grow();
        _head = (_head - 1 + _items.Length) % _items.Length;
        _items[_head] = item;
        _count++;
        if (_maxLen >= 0 && _count > _maxLen) PopRightItem();
    }

    public PyObject PopRightItem()
    {
        if (_count == 0) throw PyErr.IndexError("pop from an empty deque");
        State++;
        var index = (_head + _count - 1) % _items.Length;
        var item = _items[index];
        _items[index] = null!;
        _count--;
        return item;
    }

    public PyObject PopLeftItem()
    {
        if (_count == 0) throw PyErr.IndexError("pop from an empty deque");
        State++;
        var item = _items[_head];
        _items[_head] = null!;
        _head = (_head + 1) % _items.Length;
        _count--;
        return item;
    }

    public void ClearItems()
    {
        State++;
        _items = new PyObject[8];
        _head = _count = 0;
    }

    /// <summary>
    /// Rotates n steps to the right (negative: left), reduced modulo the length the way _deque_rotate does it,
    /// so that no more than half the items move.
    /// </summary>
    public void RotateItems(long n)
    {
        if (_count <= 1) return;
        State++;
        var steps = (int)(((n % _count) + _count) % _count);
        if (steps == 0) return;
        var rotated = new PyObject[_items.Length];
        for (var i = 0; i < _count; i++) rotated[(i + steps) % _count] = this[i];
        _items = rotated;
        _head = 0;
    }

    /// <summary>The ring buffer holds no gaps, so reversing just mirrors the positions (no state change).</summary>
    public void ReverseItems()
    {
        for (int i = 0, j = _count - 1; i < j; i++, j--) (this[i], this[j]) = (this[j], this[i]);
    }

    /// <summary>deque_init's maxlen: None is unbounded; anything else through PyInt_AsSsize_t.</summary>
    private void SetMaxLen(PyObject? maxlen)
    {
        if (maxlen is null or PyNone) { _maxLen = -1; return; }
        var value = maxlen switch
        {
            PyFloat f => (long)f.Value,
            PyLong l when l.Value > long.MaxValue || l.Value < long.MinValue => throw PyErr.OverflowError("long int too large to convert to int"),
            _ => Ops.TryIndex(maxlen, out var n) ? n : throw PyErr.TypeError("an integer is required"),
        };
        if (value < 0) throw PyErr.ValueError("maxlen must be non-negative");
        _maxLen = value;
    }
}
