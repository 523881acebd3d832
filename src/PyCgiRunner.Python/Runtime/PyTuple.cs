using System.Collections;
using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>An immutable sequence. Items is never mutated after construction.</summary>
public class PyTuple : PyObject, IReadOnlyList<PyObject>
{
    public static readonly PyTuple Empty = new();
    public readonly PyObject[] Items;

    public PyTuple(params PyObject[] items) { Items = items; }

    public static PyTuple Of(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(items);

    public int Count => Items.Length;
    public PyObject this[int index] => Items[index];
    public IEnumerator<PyObject> GetEnumerator() => ((IEnumerable<PyObject>)Items).GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => Items.GetEnumerator();

    public override PyType Type => BuiltinTypes.Tuple;
    public override bool IsTrue() => Items.Length != 0;
    public override int Length() => Items.Length;

    public override string Repr()
    {
        if (Items.Length == 0) return "()";
        using var guard = ReprGuard.Enter(this);
        if (!guard.Entered) return "(...)";
        if (Items.Length == 1) return "(" + Ops.Repr(Items[0]) + ",)";
        return "(" + string.Join(", ", Items.Select(Ops.Repr)) + ")";
    }

    public override long Hash()
    {
        // The tuple hash of CPython 2.7 (values differ, the property that equal tuples hash alike holds).
        // CPython 2.7 tuplehash, exactly (random.seed((1, 2)) depends on it).
        using var guard = RecursionGuard.Enter("");
        long x = 0x345678, mult = 1000003;
        var len = Items.Length;
        unchecked
        {
            foreach (var item in Items)
            {
                len--;
                var y = Ops.Hash(item);
                x = (x ^ y) * mult;
                mult += 82520 + len + len;
            }
        }
        x += 97531;
        return x == -1 ? -2 : x;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i) return Items[Sequences.NormalizeIndex(i.Value, Items.Length, "tuple index out of range")];
        if (key is PySlice s) return Of(Sequences.SliceArray(Items, Items.Length, s));
        if (Ops.TryIndex(key, out var n)) return GetItem(PyInt.Get(n));
        throw PyErr.TypeError("tuple indices must be integers, not " + key.Type.Name);
    }

    public override bool Contains(PyObject item)
    {
        foreach (var v in Items) if (Ops.Eq(v, item)) return true;
        return false;
    }

    public override PyObject GetIter() => new ArrayIterator(Items, Items.Length);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyTuple t) return Of([.. Items, .. t.Items]);
        if (op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n) return Of(Repeat(Items, Items.Length, n));
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
        => op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n ? Of(Repeat(Items, Items.Length, n)) : PyNotImplemented.Instance;

    public static PyObject[] Repeat(PyObject[] items, int length, long n)
    {
        if (n <= 0 || length == 0) return [];
        MemoryBudget.ReserveItems(MemoryBudget.Product(length, n));
        var result = new PyObject[length * n];
        for (var i = 0; i < n; i++) Array.Copy(items, 0, result, i * length, length);
        return result;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
        => other is PyTuple t ? Ops.CompareSequences(Items, Items.Length, t.Items, t.Items.Length, op) : PyNotImplemented.Instance;
}

public sealed class PyTupleSub : PyTuple
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyTupleSub(PyType type, PyObject[] items) : base(items) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}

/// <summary>Iterator over the first `length` items of an array snapshot (tuples) or a live list.</summary>
public sealed class ArrayIterator : PyObject
{
    private readonly PyObject[] _items;
    private readonly int _length;
    private readonly PyType _type;
    private int _index;
    public ArrayIterator(PyObject[] items, int length, PyType? type = null) { _items = items; _length = length; _type = type ?? BuiltinTypes.TupleIterator; }
    public override PyType Type => _type;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        if (_index < _length) { value = _items[_index++]; return true; }
        value = null!;
        return false;
    }
}
