using System.Numerics;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.Text.Marshal.MarshalCodes;

namespace PyCgiRunner.Python.Modules.Text.Marshal;

/// <summary>
/// marshal's writer (w_object): exact builtin types only, little-endian counts, longs in 15-bit digits, floats
/// as 8 binary bytes from version 2 (as %.17g text before), and from version 1 interned strings written once
/// and then referred to by index. CPython interns string constants made of name characters, one-character
/// strings and intern()ed ones; this writer treats strings of that shape as interned.
/// </summary>
internal sealed class MarshalWriter
{
    private readonly MemoryStream _out = new();
    private readonly int _version;
    private readonly Dictionary<string, int>? _interned;
    private int _depth;

    public MarshalWriter(int version)
    {
        _version = version;
        if (version > 0) _interned = new Dictionary<string, int>(StringComparer.Ordinal);
    }

    public byte[] ToArray() => _out.ToArray();

    private void Byte(byte b) => _out.WriteByte(b);

    private void Int32(long v)
    {
        for (var i = 0; i < 4; i++) Byte((byte)(v >> (8 * i)));
    }

    private void Bytes(string latin1)
    {
        Int32(latin1.Length);
        foreach (var c in latin1) Byte((byte)c);
    }

    public void Write(PyObject o)
    {
        if (++_depth > MaxDepth) throw PyErr.ValueError("object too deeply nested to marshal");
        try { WriteObject(o); }
        finally { _depth--; }
    }

    private void WriteObject(PyObject o)
    {
        var type = o.Type;
        switch (o)
        {
            case PyNone: Byte(None); return;
            case PyBool b: Byte(b.Value != 0 ? True : False); return;
            case PyInt i when type == BuiltinTypes.Int:
                if (i.Value is >= int.MinValue and <= int.MaxValue) { Byte(Int); Int32(i.Value); }
                else { Byte(MarshalCodes.Int64); Int32(i.Value); Int32(i.Value >> 32); }
                return;
            case PyLong l when type == BuiltinTypes.Long: WriteLong(l.Value); return;
            case PyFloat f when type == BuiltinTypes.Float:
                if (_version > 1) { Byte(BinaryFloat); WriteDouble(f.Value); }
                else { Byte(Float); WriteFloatText(f.Value); }
                return;
            case PyComplex c when type == BuiltinTypes.Complex:
                if (_version > 1) { Byte(BinaryComplex); WriteDouble(c.Real); WriteDouble(c.Imag); }
                else { Byte(MarshalCodes.Complex); WriteFloatText(c.Real); WriteFloatText(c.Imag); }
                return;
            case PyStr s when type == BuiltinTypes.Str: WriteString(s.Value); return;
            case PyUnicode u when type == BuiltinTypes.Unicode:
                Byte(Unicode);
                Bytes(Codecs.Encode(u.Value, "utf-8", "strict"));
                return;
            case PyTuple t when type == BuiltinTypes.Tuple:
                Byte(MarshalCodes.Tuple);
                Int32(t.Count);
                foreach (var item in t.Items) Write(item);
                return;
            case PyList l when type == BuiltinTypes.List:
                Byte(List);
                var items = l.ToArray();
                Int32(items.Length);
                foreach (var item in items) Write(item);
                return;
            case PyDict d when type == BuiltinTypes.Dict:
                Byte(Dict);
                foreach (var (k, v) in d.Items().ToList()) { Write(k); Write(v); }
                Byte(Null);
                return;
            case PySet s when type == BuiltinTypes.Set || type == BuiltinTypes.FrozenSet:
                Byte(s.IsFrozen ? FrozenSet : Set);
                var keys = s.Keys.ToList();
                Int32(keys.Count);
                foreach (var k in keys) Write(k);
                return;
        }
        if (o == BuiltinTypes.StopIteration) { Byte(StopIteration); return; }
        if (o == PyEllipsis.Instance) { Byte(Ellipsis); return; }
        // Anything with the read-only buffer interface goes out as a plain string (str subclasses, buffer,
        // bytearray, array).
        if (o is PyStr or PyBuffer || type == BuiltinTypes.ByteArray || o is Modules.Data.Arrays.PyArray)
        {
            Byte(MarshalCodes.String);
            Bytes(o is Modules.Data.Arrays.PyArray ? Ops.Str(Ops.CallMethod(o, "tostring")) : Ops.Str(o));
            return;
        }
        throw PyErr.ValueError("unmarshallable object");
    }

    private void WriteString(string s)
    {
        if (_interned is not null && LooksInterned(s))
        {
            if (_interned.TryGetValue(s, out var index))
            {
                Byte(StringRef);
                Int32(index);
                return;
            }
            _interned[s] = _interned.Count;
            Byte(Interned);
        }
        else Byte(MarshalCodes.String);
        Bytes(s);
    }

    private static bool LooksInterned(string s)
    {
        if (s.Length <= 1) return true;
        foreach (var c in s)
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }

    /// <summary>w_PyLong: the digit count (negative for negative numbers), then 15-bit digits, least significant first.</summary>
    private void WriteLong(BigInteger v)
    {
        Byte(Long);
        var magnitude = BigInteger.Abs(v);
        var digits = new List<int>();
        while (!magnitude.IsZero)
        {
            digits.Add((int)(magnitude & 0x7fff));
            magnitude >>= 15;
        }
        Int32(v.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits) { Byte((byte)d); Byte((byte)(d >> 8)); }
    }

    private void WriteDouble(double d)
    {
        var bits = BitConverter.DoubleToInt64Bits(d);
        for (var i = 0; i < 8; i++) Byte((byte)(bits >> (8 * i)));
    }

    /// <summary>Versions 0 and 1: a length byte and repr-like text with 17 significant digits ("%.17g").</summary>
    private void WriteFloatText(double d)
    {
        var text = Ops.Str(Ops.Binary(Ast.BinaryOperator.Mod, PyStr.From("%.17g"), new PyFloat(d)));
        Byte((byte)text.Length);
        foreach (var c in text) Byte((byte)c);
    }
}
