using System.Text;
using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Python 2 str: a byte string. Each char of Value is one byte (0–255): source literals are decoded as
/// Latin-1 and output is encoded as Latin-1, so bytes pass through unchanged.
/// </summary>
public class PyStr : PyBaseString
{
    public static readonly PyStr Empty = new("");
    private static readonly PyStr[] s_chars = Enumerable.Range(0, 256).Select(i => new PyStr(((char)i).ToString())).ToArray();

    public PyStr(string value) : base(value) { }

    public static PyStr Char(int b) => s_chars[b];

    public static PyStr From(string value) => value.Length switch
    {
        0 => Empty,
        1 when value[0] < 256 => s_chars[value[0]],
        _ => new PyStr(value),
    };

    /// <summary>The .NET string of a str (or TypeError naming what was expected).</summary>
    public static string AsString(PyObject o) => o is PyStr s ? s.Value : throw PyErr.TypeError($"expected string, {o.Type.Name} found");

    public static PyStr FromBytes(ReadOnlySpan<byte> bytes) => From(Encoding.Latin1.GetString(bytes));

    public byte[] ToBytes() => Encoding.Latin1.GetBytes(Value);

    public override PyType Type => BuiltinTypes.Str;
    public override string Str() => Value;
    public override string Repr() => StringRepr.StrRepr(Value);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                if (other is PyStr s)
                {
                    MemoryBudget.ReserveChars((long)Value.Length + s.Value.Length);
                    return From(string.Concat(Value, s.Value));
                }
                if (other is PyUnicode u) return new PyUnicode(Codecs.DecodeDefault(Value) + u.Value);
                return PyNotImplemented.Instance;
            case BinaryOperator.Mult:
                return Sequences.RepeatCount(other) is { } n ? From(Sequences.RepeatString(Value, n)) : PyNotImplemented.Instance;
            case BinaryOperator.Mod:
                return StringFormatter.Format(this, other);
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
        => op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n ? From(Sequences.RepeatString(Value, n)) : PyNotImplemented.Instance;

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyStr s) return PyBool.Of(Ops.CompareResult(string.CompareOrdinal(Value, s.Value), op));
        if (other is PyUnicode) return PyUnicode.CompareMixed(this, other, op);
        return PyNotImplemented.Instance;
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            var idx = Sequences.NormalizeIndex(i.Value, Value.Length, "string index out of range");
            return Char(Value[idx]);
        }
        if (key is PySlice slice)
            return From(Sequences.SliceString(Value, slice));
        if (Ops.TryIndex(key, out var index))
            return GetItem(PyInt.Get(index));
        throw PyErr.TypeError("string indices must be integers, not " + key.Type.Name);
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyStr s) return Value.Contains(s.Value, StringComparison.Ordinal);
        if (item is PyUnicode u) return Codecs.DecodeDefault(Value).Contains(u.Value, StringComparison.Ordinal);
        throw PyErr.TypeError("'in <string>' requires string as left operand, not " + item.Type.Name);
    }

    public override PyObject GetIter() => new StringIterator(this);
}

public sealed class PyStrSub : PyStr
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyStrSub(PyType type, string value) : base(value) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}

/// <summary>Iterates the characters of a str or unicode.</summary>
public sealed class StringIterator : PyObject
{
    private readonly PyBaseString _s;
    private int _i;
    public StringIterator(PyBaseString s) { _s = s; }
    public override PyType Type => BuiltinTypes.Iterator;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        if (_i < _s.Value.Length)
        {
            var c = _s.Value[_i++];
            value = _s is PyUnicode ? new PyUnicode(c.ToString()) : PyStr.Char(c);
            return true;
        }
        value = null!;
        return false;
    }
}
