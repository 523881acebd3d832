using System.Text;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Arrays;

/// <summary>
/// array.array (library reference §8.6): a mutable sequence whose items all have one typecode. Items are kept
/// as their canonical Python values (see <see cref="ArrayTypecode.Coerce"/>); the byte layout exists only in
/// tostring/fromstring/tofile/fromfile/byteswap.
/// </summary>
internal sealed class PyArray : PyObject
{
    public readonly ArrayTypecode Code;
    public readonly List<PyObject> Items;
    private readonly PyType _type;
    private PyDict? _dict;

    public PyArray(ArrayTypecode code, IEnumerable<PyObject>? items = null, PyType? type = null)
    {
        Code = code;
        Items = items is null ? [] : [.. items];
        _type = type ?? ArrayModule.ArrayType;
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _type == ArrayModule.ArrayType ? null : _dict ??= new PyDict();

    public override bool IsTrue() => Items.Count > 0;
    public override int Length() => Items.Count;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'array.array'");

    /// <summary>array('c', 'abc'), array('u', u'hi'), array('i', [1, 2]) or array('d') when empty (array_repr).</summary>
    public override string Repr()
    {
        if (Items.Count == 0) return $"array('{Code.Code}')";
        var contents = Code.Code switch
        {
            'c' => Ops.Repr(PyStr.From(string.Concat(Items.Select(i => ((PyStr)i).Value)))),
            'u' => Ops.Repr(new PyUnicode(string.Concat(Items.Select(i => ((PyUnicode)i).Value)))),
            _ => Ops.Repr(new PyList(Items.ToArray())),
        };
        return $"array('{Code.Code}', {contents})";
    }

    /// <summary>The machine representation of all items (tostring).</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Items.Count * Code.ItemSize];
        for (var i = 0; i < Items.Count; i++) Code.Write(Items[i], bytes.AsSpan(i * Code.ItemSize, Code.ItemSize));
        return bytes;
    }

    /// <summary>Appends the items a byte string holds (fromstring); its length must be a multiple of itemsize.</summary>
    public void AddBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length % Code.ItemSize != 0) throw PyErr.ValueError("string length not a multiple of item size");
        for (var at = 0; at < bytes.Length; at += Code.ItemSize) Items.Add(Code.Read(bytes.Slice(at, Code.ItemSize)));
    }

    public static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    // ---- sequence protocol ------------------------------------------------------------------------

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(Items.Count);
            var result = new PyArray(Code);
            for (int i = 0, j = start; i < count; i++, j += step) result.Items.Add(Items[j]);
            return result;
        }
        return Items[Index(key)];
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is not PySlice slice) { Items[Index(key)] = Code.Coerce(value); return; }
        if (value is not PyArray other) throw PyErr.TypeError($"can only assign array (not \"{value.Type.Name}\") to array slice");
        if (other.Code != Code) throw PyErr.TypeError("bad argument type for built-in operation");
        var source = other.Items.ToArray();
        var (start, stop, step, count) = slice.Indices(Items.Count);
        if (step == 1)
        {
            Items.RemoveRange(start, Math.Max(0, stop - start));
            Items.InsertRange(start, source);
            return;
        }
        if (source.Length != count)
            throw PyErr.ValueError($"attempt to assign array of size {source.Length} to extended slice of size {count}");
        for (int i = 0, j = start; i < count; i++, j += step) Items[j] = source[i];
    }

    public override void DelItem(PyObject key)
    {
        if (key is not PySlice slice) { Items.RemoveAt(Index(key)); return; }
        var (start, stop, step, count) = slice.Indices(Items.Count);
        if (step == 1) { Items.RemoveRange(start, Math.Max(0, stop - start)); return; }
        var doomed = new HashSet<int>();
        for (int i = 0, j = start; i < count; i++, j += step) doomed.Add(j);
        var kept = Items.Where((_, i) => !doomed.Contains(i)).ToList();
        Items.Clear();
        Items.AddRange(kept);
    }

    private int Index(PyObject key)
    {
        if (!Ops.TryIndex(key, out var index)) throw PyErr.TypeError("array indices must be integers");
        return Sequences.NormalizeIndex(index, Items.Count, "array index out of range");
    }

    public override bool Contains(PyObject item) => Items.Any(v => Ops.Eq(v, item));

    public override PyObject GetIter() => new PyArrayIterator(this);

    // ---- operators (array_concat, array_repeat, array_inplace_*) ------------------------------------

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Mult)
        {
            if (Sequences.RepeatCount(other) is { } n) return Repeat(n);
            if (other.Type.IsHeapType && other.Type.Lookup("__rmul__") is not null) return PyNotImplemented.Instance;
            throw PyErr.TypeError($"can't multiply sequence by non-int of type '{other.Type.Name}'");
        }
        if (op != BinaryOperator.Add) return PyNotImplemented.Instance;
        if (other is PyArray a)
        {
            if (a.Code != Code) throw PyErr.TypeError("bad argument type for built-in operation");
            return new PyArray(Code, Items.Concat(a.Items));
        }
        // A Python class may still answer through __radd__; anything else is array's own TypeError.
        if (other.Type.IsHeapType && other.Type.Lookup("__radd__") is not null) return PyNotImplemented.Instance;
        throw PyErr.TypeError($"can only append array (not \"{other.Type.Name}\") to array");
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
        => op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n ? Repeat(n) : PyNotImplemented.Instance;

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add)
        {
            if (other is not PyArray a) throw PyErr.TypeError($"can only extend array with array (not \"{other.Type.Name}\")");
            Extend(a);
            return this;
        }
        if (op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n)
        {
            var copy = Items.ToArray();
            Items.Clear();
            for (var i = 0; i < n; i++) Items.AddRange(copy);
            return this;
        }
        return PyNotImplemented.Instance;
    }

    private PyArray Repeat(long n)
    {
        MemoryBudget.ReserveItems(MemoryBudget.Product(Items.Count, n));
        var result = new PyArray(Code);
        for (var i = 0; i < n; i++) result.Items.AddRange(Items);
        return result;
    }

    /// <summary>extend: another array must have the same typecode; any other iterable is appended item by item.</summary>
    public void Extend(PyObject source)
    {
        if (source is PyArray a)
        {
            if (a.Code != Code) throw PyErr.TypeError("can only extend with array of same kind");
            Items.AddRange(a.Items.ToArray());
            return;
        }
        var it = Ops.GetIter(source);
        while (Ops.Next(it, out var v)) Items.Add(Code.Coerce(v));
    }

    /// <summary>Arrays compare item by item, whatever their typecodes (array_richcompare); other types do not.</summary>
    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyArray a) return PyNotImplemented.Instance;
        if (Items.Count != a.Items.Count && op is CompareOp.Eq or CompareOp.Ne) return PyBool.Of(op == CompareOp.Ne);
        return Ops.CompareSequences(Items.ToArray(), Items.Count, a.Items.ToArray(), a.Items.Count, op);
    }
}
