using System.Buffers.Binary;
using System.Numerics;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Struct;

/// <summary>pack and unpack for a parsed format, with CPython 2.7's range checks and messages.</summary>
internal static class StructCodec
{
    private static PythonException Error(string m) => PyErr.New(StructModule.Error, m);

    public static byte[] Pack(StructFormat f, ReadOnlySpan<PyObject> values)
    {
        if (values.Length != f.ItemCount) throw Error($"pack expected {f.ItemCount} items for packing (got {values.Length})");
        var buf = new byte[f.Size];
        var v = 0;
        foreach (var code in f.Codes)
        {
            if (code.C == 'x') continue;
            if (code.C is 's' or 'p')
            {
                var s = values[v++] is PyStr ps ? ps.Value : throw Error($"argument for '{code.C}' must be a string");
                var room = code.C == 'p' ? Math.Max(code.Count - 1, 0) : code.Count;
                var n = Math.Min(s.Length, room);
                var at = code.Offset + (code.C == 'p' && code.Count > 0 ? 1 : 0);
                for (var k = 0; k < n; k++) buf[at + k] = (byte)s[k];
                if (code.C == 'p' && code.Count > 0) buf[code.Offset] = (byte)Math.Min(n, 255);
                continue;
            }
            for (var k = 0; k < code.Count; k++)
                PackOne(f, code.C, buf.AsSpan(code.Offset + k * code.Size, code.Size), values[v++]);
        }
        return buf;
    }

    private static void PackOne(StructFormat f, char c, Span<byte> dst, PyObject value)
    {
        switch (c)
        {
            case 'c':
                if (value is PyStr { Value.Length: 1 } ch) dst[0] = (byte)ch.Value[0];
                else throw Error("char format require string of length 1");
                return;
            case '?':
                dst[0] = Ops.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 'f' or 'd':
                {
                    if (value is not (PyFloat or PyInt or PyLong or PyBool)) throw Error("required argument is not a float");
                    var d = Ops.ToDouble(value);
                    if (c == 'f')
                    {
                        var single = (float)d;
                        if (float.IsInfinity(single) && !double.IsInfinity(d)) throw PyErr.OverflowError("float too large to pack with f format");
                        if (f.Little) BinaryPrimitives.WriteSingleLittleEndian(dst, single); else BinaryPrimitives.WriteSingleBigEndian(dst, single);
                    }
                    else if (f.Little) BinaryPrimitives.WriteDoubleLittleEndian(dst, d); else BinaryPrimitives.WriteDoubleBigEndian(dst, d);
                    return;
                }
        }
        var n = Integer(value);
        var unsigned = char.IsUpper(c) || c == 'P';
        var bits = dst.Length * 8;
        BigInteger min = unsigned ? 0 : -(BigInteger.One << (bits - 1));
        BigInteger max = unsigned ? (BigInteger.One << bits) - 1 : (BigInteger.One << (bits - 1)) - 1;
        if (n < min || n > max) throw Error(RangeMessage(f, c, bits));
        var raw = (ulong)(n & ulong.MaxValue);
        for (var k = 0; k < dst.Length; k++)
            dst[f.Little ? k : dst.Length - 1 - k] = (byte)(raw >> (8 * k));
    }

    // The messages of _struct.c: small codes name C limits, the others are generic.
    private static string RangeMessage(StructFormat f, char c, int bits) => c switch
    {
        'b' => "byte format requires -128 <= number <= 127",
        'B' => "ubyte format requires 0 <= number <= 255",
        'h' => "short format requires SHRT_MIN <= number <= SHRT_MAX",
        'H' => "ushort format requires 0 <= number <= USHRT_MAX",
        'i' or 'l' when bits == 32 => $"'{c}' format requires -2147483648 <= number <= 2147483647",
        _ => $"integer out of range for '{c}' format code",
    };

    private static BigInteger Integer(PyObject value)
    {
        if (value is PyInt or PyLong or PyBool) return Ops.ToBigInteger(value);
        if (value is PyFloat fl) return new BigInteger(Math.Truncate(fl.Value));
        if (Ops.TryIndex(value, out var i)) return i;
        throw Error("cannot convert argument to integer");
    }

    public static PyTuple Unpack(StructFormat f, string data, int offset)
    {
        var items = new List<PyObject>(f.ItemCount);
        foreach (var code in f.Codes)
        {
            var at = offset + code.Offset;
            switch (code.C)
            {
                case 'x': continue;
                case 's':
                    items.Add(PyStr.From(data.Substring(at, code.Count)));
                    continue;
                case 'p':
                    {
                        var n = code.Count == 0 ? 0 : Math.Min(data[at], code.Count - 1);
                        items.Add(PyStr.From(data.Substring(at + 1, n)));
                        continue;
                    }
            }
            for (var k = 0; k < code.Count; k++)
                items.Add(UnpackOne(f, code.C, data, at + k * code.Size, code.Size));
        }
        return PyTuple.Of(items.ToArray());
    }

    private static PyObject UnpackOne(StructFormat f, char c, string data, int at, int size)
    {
        Span<byte> b = stackalloc byte[size];
        for (var k = 0; k < size; k++) b[k] = (byte)data[at + k];
        switch (c)
        {
            case 'c': return PyStr.Char(b[0]);
            case '?': return PyBool.Of(b[0] != 0);
            case 'f': return new PyFloat(f.Little ? BinaryPrimitives.ReadSingleLittleEndian(b) : BinaryPrimitives.ReadSingleBigEndian(b));
            case 'd': return new PyFloat(f.Little ? BinaryPrimitives.ReadDoubleLittleEndian(b) : BinaryPrimitives.ReadDoubleBigEndian(b));
        }
        ulong raw = 0;
        for (var k = 0; k < size; k++) raw |= (ulong)b[f.Little ? k : size - 1 - k] << (8 * k);
        if (char.IsUpper(c) || c == 'P')
            return raw <= long.MaxValue ? PyInt.Get((long)raw) : new PyLong(raw);
        var shift = 64 - 8 * size;
        return PyInt.Get((long)(raw << shift) >> shift);
    }
}
