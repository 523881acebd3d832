using System.Numerics;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.Text.Marshal.MarshalCodes;

namespace PyCgiRunner.Python.Modules.Text.Marshal;

/// <summary>
/// marshal's reader (r_object) over a byte source: a string, or a file read as far as the object goes (so
/// that successive load() calls read successive objects). Errors as CPython 2.7 reports them, including
/// its quirk that a count cut short by the end of the data reads the missing bytes as 0xff.
/// </summary>
internal sealed class MarshalReader
{
    private readonly Func<int, string> _read;
    private readonly List<PyObject> _interned = new();
    private int _depth;

    /// <summary>read(n) returns up to n bytes as a Latin-1 string (fewer at the end).</summary>
    public MarshalReader(Func<int, string> read) { _read = read; }

    private static PythonException Eof() => PyErr.EOFError("EOF read where object expected");
    private static PythonException Bad(string what) => PyErr.ValueError($"bad marshal data ({what})");

    private int Byte()
    {
        var s = _read(1);
        return s.Length == 0 ? -1 : s[0];
    }

    /// <summary>r_long: four bytes little-endian, each missing one counting as -1 (EOF), sign-extended from 32 bits.</summary>
    private long Int32()
    {
        long x = Byte();
        x |= (long)Byte() << 8;
        x |= (long)Byte() << 16;
        x |= (long)Byte() << 24;
        return (int)x;
    }

    private string Chars(long n)
    {
        var s = _read((int)n);
        return s.Length == n ? s : throw Eof();
    }

    /// <summary>The object at the top level: a NULL marker is a TypeError there.</summary>
    public PyObject ReadTop() => Read() ?? throw PyErr.TypeError("NULL object in marshal data for object");

    private PyObject? Read()
    {
        if (++_depth > MaxDepth) throw PyErr.ValueError("recursion limit exceeded");
        try { return ReadObject(); }
        finally { _depth--; }
    }

    private PyObject? ReadObject()
    {
        var code = Byte();
        switch (code)
        {
            case -1: throw Eof();
            case Null: return null;
            case MarshalCodes.None: return PyNone.Instance;
            case MarshalCodes.False: return PyBool.False;
            case MarshalCodes.True: return PyBool.True;
            case MarshalCodes.StopIteration: return BuiltinTypes.StopIteration;
            case MarshalCodes.Ellipsis: return PyEllipsis.Instance;
            case Int: return PyInt.Get(Int32());
            case MarshalCodes.Int64:
                {
                    var low = (uint)Int32();
                    var high = Int32();
                    return PyInt.Get((high << 32) | low);
                }
            case Long: return ReadLong();
            case Float: return new PyFloat(ParseFloat());
            case BinaryFloat: return new PyFloat(ReadDouble());
            case MarshalCodes.Complex:
                {
                    var re = ParseFloat();
                    return new PyComplex(re, ParseFloat());
                }
            case BinaryComplex:
                {
                    var re = ReadDouble();
                    return new PyComplex(re, ReadDouble());
                }
            case MarshalCodes.String: return PyStr.From(Chars(Size("string")));
            case Interned:
                {
                    var s = PyStr.From(Chars(Size("string")));
                    _interned.Add(s);
                    return s;
                }
            case StringRef:
                {
                    var index = Int32();
                    if (index < 0 || index >= _interned.Count) throw Bad("string ref out of range");
                    return _interned[(int)index];
                }
            case Unicode: return new PyUnicode(Codecs.Decode(Chars(Size("unicode")), "utf-8", "strict"));
            case MarshalCodes.Tuple: return new PyTuple(Items(Size("tuple"), "tuple"));
            case List: return new PyList(Items(Size("list"), "list"));
            case Dict:
                {
                    var d = new PyDict();
                    while (Read() is { } key)
                        if (Read() is { } value) d.Set(key, value);
                    return d;
                }
            case Set:
            case FrozenSet:
                return new PySet(Items(Size("set"), "set"), frozen: code == FrozenSet);
            case Code: throw Bad("code objects cannot be loaded in PyCgiRunner");
            default: throw Bad("unknown type code");
        }
    }

    private long Size(string what)
    {
        var n = Int32();
        if (n < 0) throw Bad($"{what} size out of range");
        return n;
    }

    private PyObject[] Items(long n, string what)
    {
        var items = new PyObject[n];
        for (var i = 0; i < n; i++)
            items[i] = Read() ?? throw PyErr.TypeError($"NULL object in marshal data for {what}");
        return items;
    }

    private PyObject ReadLong()
    {
        var n = Int32();
        var count = Math.Abs(n);
        BigInteger value = 0;
        for (var i = 0; i < count; i++)
        {
            var digit = Byte() | (Byte() << 8);
            if (digit < 0 || digit > 0x7fff) throw Bad("digit out of range in long");
            if (i == count - 1 && digit == 0) throw Bad("unnormalized long data");
            value |= (BigInteger)digit << (15 * i);
        }
        return new PyLong(n < 0 ? -value : value);
    }

    private double ReadDouble()
    {
        var bytes = Chars(8);
        long bits = 0;
        for (var i = 0; i < 8; i++) bits |= (long)bytes[i] << (8 * i);
        return BitConverter.Int64BitsToDouble(bits);
    }

    /// <summary>Versions 0 and 1: a length byte and the text, read as float() reads it.</summary>
    private double ParseFloat()
    {
        var n = Byte();
        if (n < 0) throw Eof();
        return Ops.ToDouble(Ops.Call(BuiltinTypes.Float, [PyStr.From(Chars(n))], null));
    }
}
