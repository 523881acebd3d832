using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Python 2 unicode: UTF-16 code units, like the narrow (UCS-2) CPython build the corpora came from.</summary>
public class PyUnicode : PyBaseString
{
    public static readonly PyUnicode Empty = new("");

    public PyUnicode(string value) : base(value) { }

    public override PyType Type => BuiltinTypes.Unicode;
    public override string Repr() => StringRepr.UnicodeRepr(Value);

    /// <summary>str(u) encodes with the default (ASCII) codec.</summary>
    public override string Str() => Codecs.EncodeDefault(Value);

    /// <summary>Coerces str or unicode to unicode text (str is decoded as ASCII).</summary>
    public static string? AsText(PyObject o) => o switch
    {
        PyUnicode u => u.Value,
        PyStr s => Codecs.DecodeDefault(s.Value),
        _ => null,
    };

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                if (AsText(other) is not { } t) return PyNotImplemented.Instance;
                MemoryBudget.ReserveChars((long)Value.Length + t.Length);
                return new PyUnicode(Value + t);
            case BinaryOperator.Mult:
                return Sequences.RepeatCount(other) is { } n ? new PyUnicode(Sequences.RepeatString(Value, n)) : PyNotImplemented.Instance;
            case BinaryOperator.Mod:
                return StringFormatter.Format(this, other);
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyStr s) return new PyUnicode(Codecs.DecodeDefault(s.Value) + Value);
        if (op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n) return new PyUnicode(Sequences.RepeatString(Value, n));
        return PyNotImplemented.Instance;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyUnicode u) return PyBool.Of(Ops.CompareResult(string.CompareOrdinal(Value, u.Value), op));
        if (other is PyStr) return CompareMixed(this, other, op);
        return PyNotImplemented.Instance;
    }

    /// <summary>
    /// str vs unicode: the str is decoded as ASCII; when that fails Python 2 warns (UnicodeWarning) and
    /// treats them as unequal.
    /// </summary>
    public static PyObject CompareMixed(PyObject a, PyObject b, CompareOp op)
    {
        string ta, tb;
        try
        {
            ta = AsText(a)!;
            tb = AsText(b)!;
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.UnicodeDecodeError))
        {
            if (op == CompareOp.Eq) return PyBool.False;
            if (op == CompareOp.Ne) return PyBool.True;
            throw;
        }
        return PyBool.Of(Ops.CompareResult(string.CompareOrdinal(ta, tb), op));
    }

    public override PyObject GetItem(PyObject key)
    {
        if (key is PyInt i)
        {
            var idx = Sequences.NormalizeIndex(i.Value, Value.Length, "string index out of range");
            return new PyUnicode(Value[idx].ToString());
        }
        if (key is PySlice slice)
            return new PyUnicode(Sequences.SliceString(Value, slice));
        if (Ops.TryIndex(key, out var index))
            return GetItem(PyInt.Get(index));
        throw PyErr.TypeError("string indices must be integers, not " + key.Type.Name);
    }

    public override bool Contains(PyObject item)
    {
        var t = AsText(item) ?? throw PyErr.TypeError("coercing to Unicode: need string or buffer, " + item.Type.Name + " found");
        return Value.Contains(t, StringComparison.Ordinal);
    }

    public override PyObject GetIter() => new StringIterator(this);
}

public sealed class PyUnicodeSub : PyUnicode
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyUnicodeSub(PyType type, string value) : base(value) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}
