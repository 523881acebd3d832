using System.Numerics;
using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Python 2 int: a C long (64-bit here, sys.maxint = 2**63-1). Results that overflow become long
/// (Python 2.7 reference §5.6: "int ... promoted to long"). Small values are cached like CPython's.
/// </summary>
public class PyInt : PyObject
{
    // CPython caches -5..256; a wider cache spares allocations in counting loops (identity of larger ints
    // is unspecified in Python, so sharing them is invisible).
    private const int CacheLow = -5, CacheHigh = 65535;
    private static readonly PyInt[] s_cache = BuildCache();

    public readonly long Value;

    protected PyInt(long value) { Value = value; }

    private static PyInt[] BuildCache()
    {
        var cache = new PyInt[CacheHigh - CacheLow + 1];
        for (var i = 0; i < cache.Length; i++) cache[i] = new PyInt(i + CacheLow);
        return cache;
    }

    public static PyInt Get(long value)
        => value >= CacheLow && value <= CacheHigh ? s_cache[value - CacheLow] : new PyInt(value);

    public static PyObject FromBig(BigInteger value)
        => value >= long.MinValue && value <= long.MaxValue ? Get((long)value) : new PyLong(value);

    public override PyType Type => BuiltinTypes.Int;
    public override bool IsTrue() => Value != 0;
    public override string Repr() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
    public override long Hash() => Value == -1 ? -2 : Value;

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyInt b) return IntArith(op, Value, b.Value);
        if (other is PyLong l) return LongArith.Binary(op, Value, l.Value);
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyInt a) return IntArith(op, a.Value, Value);
        if (other is PyLong l) return LongArith.Binary(op, l.Value, Value);
        return PyNotImplemented.Instance;
    }

    public static PyObject IntArith(BinaryOperator op, long a, long b)
    {
        switch (op)
        {
            case BinaryOperator.Add:
                {
                    var r = a + b;
                    if (((a ^ r) & (b ^ r)) < 0) return new PyLong((BigInteger)a + b);
                    return Get(r);
                }
            case BinaryOperator.Sub:
                {
                    var r = a - b;
                    if (((a ^ b) & (a ^ r)) < 0) return new PyLong((BigInteger)a - b);
                    return Get(r);
                }
            case BinaryOperator.Mult:
                {
                    var r = Math.BigMul(a, b, out var low);
                    if ((r == 0 && low >= 0) || (r == -1 && low < 0)) return Get(low);
                    return new PyLong((BigInteger)a * b);
                }
            case BinaryOperator.Div:
            case BinaryOperator.FloorDiv:
                if (b == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                if (a == long.MinValue && b == -1) return new PyLong(-(BigInteger)a);
                return Get(FloorDiv(a, b));
            case BinaryOperator.Mod:
                if (b == 0) throw PyErr.ZeroDivisionError("integer division or modulo by zero");
                if (b == -1) return Get(0);
                return Get(FloorMod(a, b));
            case BinaryOperator.TrueDiv:
                if (b == 0) throw PyErr.ZeroDivisionError("division by zero");
                return new PyFloat(LongArith.TrueDivide(a, b));
            case BinaryOperator.Pow:
                return Power(a, b);
            case BinaryOperator.LShift:
                if (b < 0) throw PyErr.ValueError("negative shift count");
                if (a == 0) return Get(0);
                if (b < 63)
                {
                    var shifted = a << (int)b;
                    if (shifted >> (int)b == a) return Get(shifted);
                }
                return new PyLong(BigArith.ShiftLeft(a, b));
            case BinaryOperator.RShift:
                if (b < 0) throw PyErr.ValueError("negative shift count");
                return Get(b >= 64 ? (a < 0 ? -1 : 0) : a >> (int)b);
            case BinaryOperator.BitAnd: return Get(a & b);
            case BinaryOperator.BitOr: return Get(a | b);
            case BinaryOperator.BitXor: return Get(a ^ b);
        }
        return PyNotImplemented.Instance;
    }

    public static long FloorDiv(long a, long b)
    {
        var q = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
        return q;
    }

    public static long FloorMod(long a, long b)
    {
        var m = a % b;
        if (m != 0 && ((m < 0) != (b < 0))) m += b;
        return m;
    }

    private static PyObject Power(long a, long b)
    {
        if (b < 0)
        {
            if (a == 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
            return new PyFloat(Math.Pow(a, b));
        }
        long result = 1, @base = a;
        var exp = b;
        while (exp > 0)
        {
            if ((exp & 1) != 0)
            {
                var hi = Math.BigMul(result, @base, out var lo);
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return LongArith.Binary(BinaryOperator.Pow, a, b);
                result = lo;
            }
            exp >>= 1;
            if (exp > 0)
            {
                var hi = Math.BigMul(@base, @base, out var lo);
                if (!((hi == 0 && lo >= 0) || (hi == -1 && lo < 0))) return LongArith.Binary(BinaryOperator.Pow, a, b);
                @base = lo;
            }
        }
        return Get(result);
    }

    public override PyObject UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => Value == long.MinValue ? new PyLong(-(BigInteger)Value) : Get(-Value),
        UnaryOperator.UAdd => Type == BuiltinTypes.Int ? this : Get(Value),
        UnaryOperator.Invert => Get(~Value),
        _ => base.UnaryOp(op),
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyInt b) return PyBool.Of(Ops.CompareResult(Value.CompareTo(b.Value), op));
        if (other is PyLong l) return PyBool.Of(Ops.CompareResult(((BigInteger)Value).CompareTo(l.Value), op));
        if (other is PyFloat f) return PyFloat.CompareIntFloat(Value, f.Value, op);
        return PyNotImplemented.Instance;
    }
}

/// <summary>An instance of a Python subclass of int.</summary>
public sealed class PyIntSub : PyInt
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyIntSub(PyType type, long value) : base(value) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}
