using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>deque's Python-visible methods, with CPython 2.7's argument rules and messages.</summary>
internal sealed partial class Deque
{
    /// <summary>deque_init: clears, takes the new maxlen (None: unbounded), then extends.</summary>
    [PythonFunction("__init__", Keywords = true, MessageName = "deque", Doc = "x.__init__(...) initializes x; see help(type(x)) for signature")]
    public void Init(PyObject? iterable = null, PyObject? maxlen = null)
    {
        SetMaxLen(maxlen);
        if (_count > 0) ClearItems();
        if (iterable is not null) Extend(iterable);
    }

    [PythonFunction("append", Doc = "Add an element to the right side of the deque.")]
    public void Append(PyObject x) => PushRight(x);

    [PythonFunction("appendleft", Doc = "Add an element to the left side of the deque.")]
    public void AppendLeft(PyObject x) => PushLeft(x);

    [PythonFunction("pop", Doc = "Remove and return the rightmost element.")]
    public PyObject Pop() => PopRightItem();

    [PythonFunction("popleft", Doc = "Remove and return the leftmost element.")]
    public PyObject PopLeft() => PopLeftItem();

    [PythonFunction("clear", Doc = "Remove all elements from the deque.")]
    public void Clear() => ClearItems();

    [PythonFunction("extend", Doc = "Extend the right side of the deque with elements from the iterable")]
    public void Extend(PyObject iterable)
    {
        // d.extend(d) extends with a snapshot (deque_extend's id(deque) == id(iterable) case).
        if (ReferenceEquals(iterable, this)) iterable = new PyList(ToArray());
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var item))
            if (_maxLen != 0) PushRight(item);
    }

    [PythonFunction("extendleft", Doc = "Extend the left side of the deque with elements from the iterable")]
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

    [PythonFunction("rotate", Doc = "Rotate the deque n steps to the right (default n=1).  If n is negative, rotates left.")]
    public void Rotate(long n = 1) => RotateItems(n);

    [PythonFunction("reverse", Doc = "D.reverse() -- reverse *IN PLACE*")]
    public void Reverse() => ReverseItems();

    /// <summary>deque_count: equality with each item; a deque changed by a comparison is an error.</summary>
    [PythonFunction("count", Doc = "D.count(value) -> integer -- return number of occurrences of value")]
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
    [PythonFunction("remove", Doc = "D.remove(value) -- remove first occurrence of value.")]
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

    [PythonFunction("__copy__", Doc = "Return a shallow copy of a deque.")]
    public PyObject Copy()
        => _maxLen < 0 ? Ops.CallFunction(_type, this) : Ops.CallFunction(_type, this, PyInt.Get(_maxLen));

    /// <summary>deque_reduce: (type, (items[, maxlen])) plus the instance dict when there is one.</summary>
    [PythonFunction("__reduce__", Doc = "Return state information for pickling.")]
    public PyObject Reduce()
    {
        var items = new PyList(ToArray());
        var maxlen = _maxLen < 0 ? (PyObject)PyNone.Instance : PyInt.Get(_maxLen);
        if (Ops.GetAttrOrNull(this, "__dict__") is { } dict and not PyNone)
            return new PyTuple(_type, new PyTuple(items, maxlen), dict);
        return new PyTuple(_type, _maxLen < 0 ? new PyTuple(items) : new PyTuple(items, maxlen));
    }

    [PythonFunction("__reversed__", Doc = "D.__reversed__() -- return a reverse iterator over the deque")]
    public PyObject Reversed() => new DequeIterator(this, reverse: true);

    /// <summary>CPython's figure for a 64-bit build: the object plus 62-slot blocks, counting from the centre slot.</summary>
    [PythonFunction("__sizeof__", Doc = "D.__sizeof__() -- size of D in memory, in bytes")]
    public long SizeOf() => 80 + 512L * ((31 + _count + 61) / 62);

    [PythonGetter("maxlen")]
    public PyObject MaxLen => _maxLen < 0 ? PyNone.Instance : PyInt.Get(_maxLen);
}
