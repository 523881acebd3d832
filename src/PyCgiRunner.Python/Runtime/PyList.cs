using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>A mutable sequence backed by a growable array.</summary>
public class PyList : PyObject
{
    private PyObject[] _items;
    private int _count;

    public PyList() { _items = []; }
    public PyList(int capacity) { _items = capacity == 0 ? [] : new PyObject[capacity]; }
    public PyList(PyObject[] items) { _items = items; _count = items.Length; }
    public PyList(IEnumerable<PyObject> items) { _items = items.ToArray(); _count = _items.Length; }

    public int Count => _count;
    public PyObject this[int index] { get => _items[index]; set => _items[index] = value; }
    /// <summary>The live backing array; only the first Count entries are meaningful.</summary>
    public PyObject[] RawItems => _items;
    public PyObject[] ToArray() => _items.AsSpan(0, _count).ToArray();
    public Span<PyObject> AsSpan() => _items.AsSpan(0, _count);

    public override PyType Type => BuiltinTypes.List;
    public override bool IsTrue() => _count != 0;
    public override int Length() => _count;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'list'");

    public void Append(PyObject item)
    {
        if (_count == _items.Length) Grow(_count + 1);
        _items[_count++] = item;
    }

    private void Grow(int min)
    {
        var size = Math.Max(min, _items.Length < 4 ? 4 : _items.Length * 2);
        Array.Resize(ref _items, size);
    }

    public void Extend(PyObject iterable)
    {
        // Exact list and tuple only (listextend's fast path): a subclass may define its own __iter__.
        if (iterable is PyList l && l.Type == BuiltinTypes.List) { AddRange(l._items, l._count); return; }
        if (iterable is PyTuple t && t.Type == BuiltinTypes.Tuple) { AddRange(t.Items, t.Items.Length); return; }
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var v)) Append(v);
    }

    public void AddRange(PyObject[] items, int count)
    {
        if (_count + count > _items.Length) Grow(_count + count);
        Array.Copy(items, 0, _items, _count, count);
        _count += count;
    }

    public void Insert(long index, PyObject item)
    {
        if (index < 0) index = Math.Max(0, index + _count);
        if (index > _count) index = _count;
        if (_count == _items.Length) Grow(_count + 1);
        Array.Copy(_items, (int)index, _items, (int)index + 1, _count - (int)index);
        _items[index] = item;
        _count++;
    }

    public PyObject PopAt(long index)
    {
        if (_count == 0) throw PyErr.IndexError("pop from empty list");
        var i = Sequences.NormalizeIndex(index, _count, "pop index out of range");
        var item = _items[i];
        RemoveAt(i);
        return item;
    }

    public void RemoveAt(int i)
    {
        _count--;
        Array.Copy(_items, i + 1, _items, i, _count - i);
        _items[_count] = null!;
    }

    public void Clear()
    {
        Array.Clear(_items, 0, _count);
        _count = 0;
    }

    public void Reverse() => Array.Reverse(_items, 0, _count);

    /// <summary>Replaces the contents (used by slice assignment and sort).</summary>
    public void SetContents(PyObject[] items, int count)
    {
        _items = items;
        _count = count;
    }

    public override string Repr()
    {
        if (_count == 0) return "[]";
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return "[...]";
        var parts = new string[_count];
        for (var i = 0; i < _count; i++) parts[i] = Ops.Repr(_items[i]);
        return "[" + string.Join(", ", parts) + "]";
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i) return _items[Sequences.NormalizeIndex(i.Value, _count, "list index out of range")];
        if (key is PySlice s) return new PyList(Sequences.SliceArray(_items, _count, s));
        if (Ops.TryIndex(key, out var n)) return GetItem(PyInt.Get(n));
        throw PyErr.TypeError("list indices must be integers, not " + key.Type.Name);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PyInt i) { _items[Sequences.NormalizeIndex(i.Value, _count, "list assignment index out of range")] = value; return; }
        if (key is PySlice s) { ListSlicing.AssignSlice(this, s, value); return; }
        if (Ops.TryIndex(key, out var n)) { SetItem(PyInt.Get(n), value); return; }
        throw PyErr.TypeError("list indices must be integers, not " + key.Type.Name);
    }

    public override void DelItem(PyObject key)
    {
        if (key is PyInt i) { RemoveAt(Sequences.NormalizeIndex(i.Value, _count, "list assignment index out of range")); return; }
        if (key is PySlice s) { ListSlicing.DeleteSlice(this, s); return; }
        if (Ops.TryIndex(key, out var n)) { DelItem(PyInt.Get(n)); return; }
        throw PyErr.TypeError("list indices must be integers, not " + key.Type.Name);
    }

    public override bool Contains(PyObject item)
    {
        for (var i = 0; i < _count; i++) if (Ops.Eq(_items[i], item)) return true;
        return false;
    }

    public override PyObject GetIter() => new ListIterator(this);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyList l)
        {
            var result = new PyList(_count + l._count);
            result.AddRange(_items, _count);
            result.AddRange(l._items, l._count);
            return result;
        }
        if (op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n) return new PyList(PyTuple.Repeat(_items, _count, n));
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
        => op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n ? new PyList(PyTuple.Repeat(_items, _count, n)) : PyNotImplemented.Instance;

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add) { Extend(other); return this; }
        if (op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n)
        {
            var repeated = PyTuple.Repeat(_items, _count, n);
            SetContents(repeated, repeated.Length);
            return this;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
        => other is PyList l ? Ops.CompareSequences(_items, _count, l._items, l._count, op) : PyNotImplemented.Instance;
}

public sealed class PyListSub : PyList
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyListSub(PyType type) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}

/// <summary>Iterates a list live: appends during iteration are seen, as in CPython.</summary>
public sealed class ListIterator : PyObject
{
    private readonly PyList _list;
    private int _index;
    public ListIterator(PyList list) { _list = list; }
    public override PyType Type => BuiltinTypes.ListIterator;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        if (_index < _list.Count) { value = _list[_index++]; return true; }
        value = null!;
        return false;
    }
}
