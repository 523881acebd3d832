using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>deque's Python-visible methods, with CPython 2.7's argument rules and messages.</summary>
internal sealed partial class Deque
{
    /// <summary>deque_init: clears, takes the new maxlen (None: unbounded), then extends.</summary>
    [PythonFunction("__init__", Keywords = true, MessageName = "deque", Doc = "deque([iterable[, maxlen]]): empties the deque, then fills it.")]
    public void Init(PyObject? iterable = null, PyObject? maxlen = null)
    {
        SetMaxLen(maxlen);
        if (_count > 0) ClearItems();
        if (iterable is not null) Extend(iterable);
    }

    [PythonFunction("append", Doc = "Adds x at the right end.")]
    public void Append(PyObject x) => PushRight(x);

    [PythonFunction("appendleft", Doc = "Adds x at the left end.")]
    public void AppendLeft(PyObject x) => PushLeft(x);

    [PythonFunction("pop", Doc = "Takes the item at the right end.")]
    public PyObject Pop() => PopRightItem();

    [PythonFunction("popleft", Doc = "Takes the item at the left end.")]
    public PyObject PopLeft() => PopLeftItem();

    [PythonFunction("clear", Doc = "Empties the deque.")]
    public void Clear() => ClearItems();

    [PythonFunction("extend", Doc = "Appends the iterable's items at the right end.")]
    public void Extend(PyObject iterable)
    {
        // d.extend(d) extends with a snapshot (deque_extend's id(deque) == id(iterable) case).
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var item))
            if (_maxLen != 0) PushRight(item);
    }

    [PythonFunction("extendleft", Doc = "Appends the iterable's items at the left end, so they end up reversed.")]
    public void ExtendLeft(PyObject iterable)
    {
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var item))
            if (_maxLen != 0) PushLeft(item);
    }

    [PythonFunction("__iadd__")]
    public PyObject InPlaceAdd(PyObject other)
    {
        Extend(other);
        return this;
    }

    [PythonFunction("rotate", Doc = "rotate([n]): moves n items (default 1) from the right end to the left; negative n goes the other way.")]
    public void Rotate(long n = 1) => RotateItems(n);

    [PythonFunction("reverse", Doc = "Reverses the items where they are.")]
    public void Reverse() => ReverseItems();

    /// <summary>deque_count: equality with each item; a deque changed by a comparison is an error.</summary>
    [PythonFunction("count", Doc = "count(value) -> how many items equal value.")]
    public long CountOf(PyObject value)
    {
        var state = State;
        var n = _count;
        long found = 0;
        for (var i = 0; i < n; i++)
        {
            if (Ops.Eq(this[i], value)) found++;
            if (state != State) throw PyErr.RuntimeError("deque mutated during iteration");
        }
        return found;
    }

    /// <summary>
    /// deque_remove: compares the leftmost item and rotates it away until a match, then pops it and rotates
    /// back, so a comparison that raises leaves the order as it was and one that empties the deque is an
    /// IndexError.
    /// </summary>
    [PythonFunction("remove", Doc = "remove(value): takes out the leftmost item equal to value.")]
    public void Remove(PyObject value)
    {
        var n = _count;
        for (var i = 0; i < n; i++)
        {
            bool equal;
            try { equal = Ops.Eq(this[0], value); }
            catch (PythonException) { RotateItems(i); throw; }
            if (_count != n) throw PyErr.IndexError("deque mutated during remove().");
            if (equal)
            {
                PopLeftItem();
                RotateItems(i);
                return;
            }
            RotateItems(-1);
        }
        throw PyErr.ValueError("deque.remove(x): x not in deque");
    }

    [PythonFunction("__copy__", Doc = "A new deque of the same type with the same items and maxlen.")]
    public PyObject Copy()
        => _maxLen < 0 ? Ops.CallFunction(_type, this) : Ops.CallFunction(_type, this, PyInt.Get(_maxLen));

    /// <summary>deque_reduce: (type, (items[, maxlen])) plus the instance dict when there is one.</summary>
    [PythonFunction("__reduce__", Doc = "The (type, arguments[, state]) tuple pickle uses.")]
    public PyObject Reduce()
    {
        var items = new PyList(ToArray());
        var maxlen = _maxLen < 0 ? (PyObject)PyNone.Instance : PyInt.Get(_maxLen);
        if (Ops.GetAttrOrNull(this, "__dict__") is { } dict and not PyNone)
            return new PyTuple(_type, new PyTuple(items, maxlen), dict);
        return new PyTuple(_type, _maxLen < 0 ? new PyTuple(items) : new PyTuple(items, maxlen));
    }

    [PythonFunction("__reversed__", Doc = "An iterator from the right end to the left.")]
    public PyObject Reversed() => new DequeIterator(this, reverse: true);

    /// <summary>CPython's figure for a 64-bit build: the object plus 62-slot blocks, counting from the centre slot.</summary>
    [PythonFunction("__sizeof__", Doc = "The size CPython would report for this deque, in bytes.")]
    public long SizeOf() => 80 + 512L * ((31 + _count + 61) / 62);

    [PythonGetter("maxlen")]
    public PyObject MaxLen => _maxLen < 0 ? PyNone.Instance : PyInt.Get(_maxLen);
}
