using System.Text;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// bytearray basics (library reference §5.6): a mutable sequence of ints 0–255 that prints like a str.
/// Construction from str (+ encoding for unicode), a count, or an iterable of ints; indexing gives ints.
/// </summary>
public sealed class PyByteArray : PyObject
{
    public readonly List<byte> Bytes;
    private readonly PyType _type;

    public PyByteArray(IEnumerable<byte> bytes, PyType? type = null)
    {
        Bytes = new List<byte>(bytes);
        _type = type ?? BuiltinTypes.ByteArray;
    }

    public static PyByteArray FromString(string s, PyType? type = null) => new(s.Select(c => (byte)c), type);

    public override PyType Type => _type;

    /// <summary>The contents as a str value (one char per byte).</summary>
    public string AsString() => Encoding.Latin1.GetString(Bytes.ToArray());

    public override string Str() => AsString();

    /// <summary>bytearray(b'...'): double quotes only when the data has ' and no "; ' is always escaped.</summary>
    public override string Repr()
    {
        var quote = Bytes.Contains((byte)'\'') && !Bytes.Contains((byte)'"') ? '"' : '\'';
        var sb = new StringBuilder("bytearray(b").Append(quote);
        foreach (var b in Bytes)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append("\\\\"); break;
                case (byte)'\'': sb.Append("\\'"); break;
                case (byte)'\t': sb.Append("\\t"); break;
                case (byte)'\n': sb.Append("\\n"); break;
                case (byte)'\r': sb.Append("\\r"); break;
                default:
                    if (b < 0x20 || b >= 0x7f) sb.Append($"\\x{b:x2}");
                    else sb.Append((char)b);
                    break;
            }
        }
        return sb.Append(quote).Append(')').ToString();
    }

    public override bool IsTrue() => Bytes.Count > 0;
    public override int Length() => Bytes.Count;
    public override long Hash() => throw PyErr.TypeError("unhashable type: 'bytearray'");

    public override PyObject GetItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            var (start, _, step, count) = slice.Indices(Bytes.Count);
            var result = new List<byte>(Math.Max(count, 0));
            for (int i = 0, j = start; i < count; i++, j += step) result.Add(Bytes[j]);
            return new PyByteArray(result);
        }
        if (!Ops.TryIndex(key, out var index)) throw PyErr.TypeError("bytearray indices must be integers");
        return PyInt.Get(Bytes[Sequences.NormalizeIndex(index, Bytes.Count, "bytearray index out of range")]);
    }

    public override void SetItem(PyObject key, PyObject value)
    {
        if (key is PySlice slice)
        {
            var (start, stop, step, _) = slice.Indices(Bytes.Count);
            if (step != 1) throw PyErr.NotImplementedError("extended slice assignment on bytearray");
            Bytes.RemoveRange(start, Math.Max(0, stop - start));
            Bytes.InsertRange(start, ByteArrayType.BytesOf(value));
            return;
        }
        if (!Ops.TryIndex(key, out var index)) throw PyErr.TypeError("bytearray indices must be integers");
        Bytes[Sequences.NormalizeIndex(index, Bytes.Count, "bytearray index out of range")] = ByteArrayType.ByteOf(value);
    }

    public override void DelItem(PyObject key)
    {
        if (key is PySlice slice)
        {
            // Deleting from the highest index down keeps the lower indexes valid (any step).
            var (start, _, step, count) = slice.Indices(Bytes.Count);
            var doomed = Enumerable.Range(0, Math.Max(count, 0)).Select(i => start + i * step).OrderDescending();
            foreach (var i in doomed) Bytes.RemoveAt(i);
            return;
        }
        if (!Ops.TryIndex(key, out var index)) throw PyErr.TypeError("bytearray indices must be integers");
        Bytes.RemoveAt(Sequences.NormalizeIndex(index, Bytes.Count, "bytearray index out of range"));
    }

    public override bool Contains(PyObject item)
    {
        if (item is PyStr s) return AsString().Contains(s.Value, StringComparison.Ordinal);
        if (item is PyByteArray ba) return AsString().Contains(ba.AsString(), StringComparison.Ordinal);
        return Bytes.Contains(ByteArrayType.ByteOf(item));
    }

    public override PyObject GetIter() => new ArrayIterator(Bytes.Select(b => (PyObject)PyInt.Get(b)).ToArray(), Bytes.Count);

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                if (other is PyUnicode) throw PyErr.TypeError("can't concat bytearray to unicode");
                return other is PyStr or PyByteArray ? new PyByteArray(Bytes.Concat(ByteArrayType.BytesOf(other))) : PyNotImplemented.Instance;
            case BinaryOperator.Mult:
                return Sequences.RepeatCount(other) is { } n ? FromString(Sequences.RepeatString(AsString(), n)) : PyNotImplemented.Instance;
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (op == BinaryOperator.Add && other is PyStr s) return FromString(s.Value + AsString());
        if (op == BinaryOperator.Mult && Sequences.RepeatCount(other) is { } n) return FromString(Sequences.RepeatString(AsString(), n));
        return PyNotImplemented.Instance;
    }

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
    {
        if (op != BinaryOperator.Add || other is not (PyStr or PyByteArray)) return PyNotImplemented.Instance;
        Bytes.AddRange(ByteArrayType.BytesOf(other));
        return this;
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        string? o = other switch { PyByteArray b => b.AsString(), PyStr s => s.Value, _ => null };
        return o is null ? PyNotImplemented.Instance : PyBool.Of(Ops.CompareResult(string.CompareOrdinal(AsString(), o), op));
    }
}

public static class ByteArrayType
{
    public static void Setup()
    {
        var t = BuiltinTypes.ByteArray;
        t.NewFunc = (cls, args, kw) => new PyByteArray([], cls);
        Def(t, "__init__", (self, args, kw) =>
        {
            var a = Args.Bind("bytearray", args, kw, 0, "source", "encoding", "errors");
            var ba = (PyByteArray)self;
            ba.Bytes.Clear();
            if (a[0] is { } source) ba.Bytes.AddRange(Construct(source, a[1], a[2]));
            return PyNone.Instance;
        });
        Def0(t, "__len__", self => PyInt.Get(self.Length()));
        Def0(t, "__str__", self => PyStr.From(self.Str()));
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def0(t, "__iter__", self => self.GetIter());
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def1(t, "__contains__", (self, x) => PyBool.Of(self.Contains(x)));
        Def1(t, "__add__", (self, o) => self.BinaryOp(BinaryOperator.Add, o));
        Def1(t, "__eq__", (self, o) => self.RichCompare(o, CompareOp.Eq));
        Def1(t, "__ne__", (self, o) => self.RichCompare(o, CompareOp.Ne));
        Def1(t, "append", (self, x) => { ((PyByteArray)self).Bytes.Add(ByteOf(x)); return PyNone.Instance; });
        Def1(t, "extend", (self, x) => { ((PyByteArray)self).Bytes.AddRange(BytesOf(x)); return PyNone.Instance; });
        Def(t, "insert", (self, args, kw) =>
        {
            Args.Count("insert", args, kw, 2, 2);
            var bytes = ((PyByteArray)self).Bytes;
            var i = Args.Int(args[0], "index");
            if (i < 0) i = Math.Max(0, i + bytes.Count);
            bytes.Insert((int)Math.Min(i, bytes.Count), ByteOf(args[1]));
            return PyNone.Instance;
        });
        Def(t, "pop", (self, args, kw) =>
        {
            Args.Count("pop", args, kw, 0, 1);
            var bytes = ((PyByteArray)self).Bytes;
            if (bytes.Count == 0) throw PyErr.IndexError("pop from empty bytearray");
            var i = Sequences.NormalizeIndex(args.Length == 0 ? -1 : Args.Int(args[0], "index"), bytes.Count, "pop index out of range");
            var b = bytes[i];
            bytes.RemoveAt(i);
            return PyInt.Get(b);
        });
        Def0(t, "reverse", self => { ((PyByteArray)self).Bytes.Reverse(); return PyNone.Instance; });
        Def(t, "decode", (self, args, kw) => Ops.Call(Ops.GetAttr(PyStr.From(((PyByteArray)self).AsString()), "decode"), args, kw));
        t.Dict.SetStr("__hash__", PyNone.Instance);
        // The str-like methods answer as str would, with bytearray in place of str results.
        foreach (var name in new[] { "upper", "lower", "strip", "lstrip", "rstrip", "startswith", "endswith", "find", "rfind",
                     "index", "rindex", "count", "replace", "split", "rsplit", "splitlines", "partition", "rpartition", "join",
                     "isalpha", "isdigit", "isalnum", "isspace", "islower", "isupper", "istitle", "title", "capitalize",
                     "swapcase", "center", "ljust", "rjust", "zfill", "expandtabs", "translate" })
        {
            var method = (PyBuiltinMethodDescriptor)BuiltinTypes.Str.Dict.GetStrOrNull(name)!;
            Def(t, name, (self, args, kw) =>
            {
                var strArgs = args.Select(a => a is PyByteArray b ? PyStr.From(b.AsString()) : a).ToArray();
                return Wrap(method.Body(PyStr.From(((PyByteArray)self).AsString()), strArgs, kw));
            });
        }
    }

    private static PyObject Wrap(PyObject r) => r switch
    {
        PyStr s => PyByteArray.FromString(s.Value),
        PyList l => new PyList(l.ToArray().Select(Wrap).ToArray()),
        PyTuple tu => new PyTuple(tu.Items.Select(Wrap).ToArray()),
        _ => r,
    };

    private static IEnumerable<byte> Construct(PyObject source, PyObject? encoding, PyObject? errors)
    {
        if (source is PyUnicode u)
        {
            if (encoding is null) throw PyErr.TypeError("unicode argument without an encoding");
            var enc = Args.Str(encoding, "encoding");
            return PyByteArray.FromString(Codecs.Encode(u.Value, enc, errors is null ? "strict" : Args.Str(errors, "errors"))).Bytes;
        }
        if (encoding is not null) throw PyErr.TypeError("encoding or errors without a string argument");
        if (source is PyInt or PyLong)
        {
            var n = Ops.ToLong(source);
            if (n < 0) throw PyErr.ValueError("negative count");
            return new byte[n];
        }
        return BytesOf(source);
    }

    /// <summary>The bytes of a str, bytearray or iterable of ints.</summary>
    public static IEnumerable<byte> BytesOf(PyObject o) => o switch
    {
        PyStr s => s.Value.Select(c => (byte)c).ToArray(),
        PyByteArray b => b.Bytes.ToArray(),
        PyUnicode => throw PyErr.TypeError("unicode argument without an encoding"),
        _ => Ops.ToArray(o).Select(ByteOf).ToArray(),
    };

    /// <summary>One byte: an int in range(0, 256) or a one-character str.</summary>
    public static byte ByteOf(PyObject o)
    {
        if (o is PyStr s && s.Value.Length == 1) return (byte)s.Value[0];
        if (!Ops.TryIndex(o, out var v)) throw PyErr.TypeError("an integer or string of size 1 is required");
        if (v < 0 || v > 255) throw PyErr.ValueError("byte must be in range(0, 256)");
        return (byte)v;
    }
}
