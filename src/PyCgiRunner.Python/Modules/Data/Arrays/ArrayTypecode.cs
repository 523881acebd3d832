using System.Buffers.Binary;
using System.Numerics;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Arrays;

/// <summary>
/// One array typecode (library reference §8.6 table): its item size and how a Python value is checked, stored
/// and laid out in bytes. Sizes are those of CPython 2.7 on 64-bit Linux (long = 8 bytes), except 'u', which
/// is 2 bytes because this engine's unicode is UTF-16 (a narrow build). Byte order is little-endian, the
/// machine order of every platform we run on.
/// </summary>
internal sealed class ArrayTypecode
{
    public const string Codes = "cbBuhHiIlLfd";

    public char Code { get; }
    public int ItemSize { get; }

    private ArrayTypecode(char code, int itemSize) { Code = code; ItemSize = itemSize; }

    private static readonly ArrayTypecode[] s_all =
    [
        new('c', 1), new('b', 1), new('B', 1), new('u', 2), new('h', 2), new('H', 2),
        new('i', 4), new('I', 4), new('l', 8), new('L', 8), new('f', 4), new('d', 8),
    ];

    public static ArrayTypecode? Get(char code) => s_all.FirstOrDefault(t => t.Code == code);

    public bool IsFloat => Code is 'f' or 'd';

    /// <summary>
    /// The stored form of a value: 'c' a one-char str, 'u' a one-char unicode, 'I'/'L' a long, 'f'/'d' a float
    /// ('f' rounded to single precision), others an int. Errors are CPython's (arraymodule.c *_setitem, whose
    /// checks go through PyArg_Parse formats, hence e.g. the "signed short" message for 'b' beyond ±32767).
    /// </summary>
    public PyObject Coerce(PyObject v)
    {
        switch (Code)
        {
            case 'c':
                return v is PyStr { Value.Length: 1 } s ? PyStr.Char(s.Value[0]) : throw PyErr.TypeError("array item must be char");
            case 'u':
                return v is PyUnicode { Value.Length: 1 } u ? new PyUnicode(u.Value) : throw PyErr.TypeError("array item must be unicode character");
            case 'b':
                var b = Ranged(CLong(v), short.MinValue, short.MaxValue, "signed short integer");
                return PyInt.Get(Ranged(b, sbyte.MinValue, sbyte.MaxValue, "signed char"));
            case 'B': return PyInt.Get(Ranged(CLong(v), 0, byte.MaxValue, "unsigned byte integer"));
            case 'h': return PyInt.Get(Ranged(CLong(v), short.MinValue, short.MaxValue, "signed short integer"));
            case 'H':
                var h = Ranged(CLong(v), int.MinValue, int.MaxValue, "signed integer");
                return PyInt.Get(Ranged(h, 0, ushort.MaxValue, "unsigned short"));
            case 'i': return PyInt.Get(Ranged(CLong(v), int.MinValue, int.MaxValue, "signed integer"));
            case 'I': return new PyLong(Unsigned(v, uint.MaxValue, "unsigned int"));
            case 'l': return PyInt.Get(CLong(v));
            case 'L': return new PyLong(Unsigned(v, ulong.MaxValue, "unsigned long"));
            case 'f': return new PyFloat((float)Double(v));
            default: return new PyFloat(Double(v));
        }
    }

    /// <summary>PyInt_AsLong as the integer formats use it: floats refused, longs must fit a C long.</summary>
    private static long CLong(PyObject v)
    {
        switch (v)
        {
            case PyFloat: throw PyErr.TypeError("integer argument expected, got float");
            case PyInt i: return i.Value;
            case PyLong l when l.Value >= long.MinValue && l.Value <= long.MaxValue: return (long)l.Value;
            case PyLong: throw PyErr.OverflowError("Python int too large to convert to C long");
        }
        if (Ops.TryIndex(v, out var x)) return x;
        throw PyErr.TypeError("an integer is required");
    }

    private static long Ranged(long v, long min, long max, string what)
    {
        if (v < min) throw PyErr.OverflowError($"{what} is less than minimum");
        if (v > max) throw PyErr.OverflowError($"{what} is greater than maximum");
        return v;
    }

    /// <summary>'I' and 'L' (II_setitem, LL_setitem): longs through PyLong_AsUnsignedLong, ints checked for sign.</summary>
    private static BigInteger Unsigned(PyObject v, ulong max, string what)
    {
        BigInteger x;
        if (v is PyLong l)
        {
            if (l.Value.Sign < 0) throw PyErr.OverflowError("can't convert negative value to unsigned long");
            if (l.Value > ulong.MaxValue) throw PyErr.OverflowError("long int too large to convert");
            x = l.Value;
        }
        else
        {
            x = CLong(v);
            if (x.Sign < 0) throw PyErr.OverflowError($"{what} is less than minimum");
        }
        if (x > max) throw PyErr.OverflowError($"{what} is greater than maximum");
        return x;
    }

    private static double Double(PyObject v)
    {
        // Through long/ulong where they fit: those conversions round to nearest as C does, where the engine's
        // BigInteger conversion (PyFloat.BigToDouble) truncates (2**63-1 must give 9.223372036854776e+18).
        if (v is PyLong l && l.Value >= long.MinValue && l.Value <= long.MaxValue) return (long)l.Value;
        if (v is PyLong u && u.Value.Sign > 0 && u.Value <= ulong.MaxValue) return (ulong)u.Value;
        if (PyFloat.AsDouble(v) is { } d) return d;
        if (v.Type.IsHeapType && v.Type.Lookup("__float__") is not null) return Ops.ToDouble(v);
        throw PyErr.TypeError("a float is required");
    }

    /// <summary>Writes a stored value's machine representation.</summary>
    public void Write(PyObject item, Span<byte> dest)
    {
        switch (Code)
        {
            case 'c': dest[0] = (byte)((PyStr)item).Value[0]; break;
            case 'u': BinaryPrimitives.WriteUInt16LittleEndian(dest, ((PyUnicode)item).Value[0]); break;
            case 'b' or 'B': dest[0] = (byte)((PyInt)item).Value; break;
            case 'h' or 'H': BinaryPrimitives.WriteUInt16LittleEndian(dest, (ushort)((PyInt)item).Value); break;
            case 'i': BinaryPrimitives.WriteInt32LittleEndian(dest, (int)((PyInt)item).Value); break;
            case 'I': BinaryPrimitives.WriteUInt32LittleEndian(dest, (uint)((PyLong)item).Value); break;
            case 'l': BinaryPrimitives.WriteInt64LittleEndian(dest, ((PyInt)item).Value); break;
            case 'L': BinaryPrimitives.WriteUInt64LittleEndian(dest, (ulong)((PyLong)item).Value); break;
            case 'f': BinaryPrimitives.WriteSingleLittleEndian(dest, (float)((PyFloat)item).Value); break;
            default: BinaryPrimitives.WriteDoubleLittleEndian(dest, ((PyFloat)item).Value); break;
        }
    }

    /// <summary>Reads one item from its machine representation (fromstring, fromfile, byteswap).</summary>
    public PyObject Read(ReadOnlySpan<byte> src) => Code switch
    {
        'c' => PyStr.Char(src[0]),
        'u' => new PyUnicode(((char)BinaryPrimitives.ReadUInt16LittleEndian(src)).ToString()),
        'b' => PyInt.Get((sbyte)src[0]),
        'B' => PyInt.Get(src[0]),
        'h' => PyInt.Get(BinaryPrimitives.ReadInt16LittleEndian(src)),
        'H' => PyInt.Get(BinaryPrimitives.ReadUInt16LittleEndian(src)),
        'i' => PyInt.Get(BinaryPrimitives.ReadInt32LittleEndian(src)),
        'I' => new PyLong(BinaryPrimitives.ReadUInt32LittleEndian(src)),
        'l' => PyInt.Get(BinaryPrimitives.ReadInt64LittleEndian(src)),
        'L' => new PyLong(BinaryPrimitives.ReadUInt64LittleEndian(src)),
        'f' => new PyFloat(BinaryPrimitives.ReadSingleLittleEndian(src)),
        _ => new PyFloat(BinaryPrimitives.ReadDoubleLittleEndian(src)),
    };
}
