using System.Numerics;
using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Python 2 long: arbitrary precision, repr with an 'L' suffix.</summary>
public class PyLong : PyObject
{
    public readonly BigInteger Value;

    public PyLong(BigInteger value) { Value = value; }

    public override PyType Type => BuiltinTypes.Long;
    public override bool IsTrue() => !Value.IsZero;
    public override string Repr() => BigDigits.ToDecimal(Value) + "L";
    public override string Str() => BigDigits.ToDecimal(Value);

    public override long Hash()
    {
        if (Value >= long.MinValue && Value <= long.MaxValue)
        {
            var v = (long)Value;
            return v == -1 ? -2 : v;
        }
        // long_hash: |v| folded modulo 2**64 - 1 into 1 .. 2**64 - 1 (0 only for 0), the sign applied, -1 → -2.
        var modulus = (System.Numerics.BigInteger.One << 64) - 1;
        var folded = System.Numerics.BigInteger.Abs(Value) % modulus;
        if (folded.IsZero) folded = modulus;
        var x = (ulong)folded;
        if (Value.Sign < 0) x = unchecked(0 - x);
        return x == ulong.MaxValue ? -2 : unchecked((long)x);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyInt i) return LongArith.Binary(op, Value, i.Value);
        if (other is PyLong l) return LongArith.Binary(op, Value, l.Value);
        return PyNotImplemented.Instance;
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        if (other is PyInt i) return LongArith.Binary(op, i.Value, Value);
        if (other is PyLong l) return LongArith.Binary(op, l.Value, Value);
        return PyNotImplemented.Instance;
    }

    public override PyObject UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => new PyLong(-Value),
        UnaryOperator.UAdd => Type == BuiltinTypes.Long ? this : new PyLong(Value),
        UnaryOperator.Invert => new PyLong(-Value - 1),
        _ => base.UnaryOp(op),
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is PyInt i) return PyBool.Of(Ops.CompareResult(Value.CompareTo((BigInteger)i.Value), op));
        if (other is PyLong l) return PyBool.Of(Ops.CompareResult(Value.CompareTo(l.Value), op));
        if (other is PyFloat f) return PyFloat.CompareBigFloat(Value, f.Value, op);
        return PyNotImplemented.Instance;
    }
}

public sealed class PyLongSub : PyLong
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyLongSub(PyType type, BigInteger value) : base(value) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}

/// <summary>Arithmetic on arbitrary-precision integers with Python's floor semantics. Results are always long.</summary>
public static class LongArith
{
    public static PyObject Binary(BinaryOperator op, BigInteger a, BigInteger b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyLong(a + b);
            case BinaryOperator.Sub: return new PyLong(a - b);
            case BinaryOperator.Mult: return new PyLong(BigArith.Multiply(a, b));
            case BinaryOperator.Div:
            case BinaryOperator.FloorDiv:
                if (b.IsZero) throw PyErr.ZeroDivisionError("long division or modulo by zero");
                return new PyLong(FloorDiv(a, b));
            case BinaryOperator.Mod:
                if (b.IsZero) throw PyErr.ZeroDivisionError("long division or modulo by zero");
                return new PyLong(FloorMod(a, b));
            case BinaryOperator.TrueDiv:
                if (b.IsZero) throw PyErr.ZeroDivisionError("division by zero");
                return new PyFloat(TrueDivide(a, b));
            case BinaryOperator.Pow:
                if (b.Sign < 0)
                {
                    if (a.IsZero) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
                    return new PyFloat(Math.Pow((double)a, (double)b));
                }
                if (b > int.MaxValue) throw PyErr.OverflowError("exponent too large");
                return new PyLong(BigArith.Pow(a, (int)b));
            case BinaryOperator.LShift:
                if (b.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (b > long.MaxValue) throw PyErr.OverflowError("long int too large to convert to int");
                return new PyLong(BigArith.ShiftLeft(a, (long)b));
            case BinaryOperator.RShift:
                if (b.Sign < 0) throw PyErr.ValueError("negative shift count");
                if (b > int.MaxValue) return new PyLong(a.Sign < 0 ? BigInteger.MinusOne : BigInteger.Zero);
                return new PyLong(a >> (int)b);
            case BinaryOperator.BitAnd: return new PyLong(a & b);
            case BinaryOperator.BitOr: return new PyLong(a | b);
            case BinaryOperator.BitXor: return new PyLong(a ^ b);
        }
        return PyNotImplemented.Instance;
    }

    public static BigInteger FloorDiv(BigInteger a, BigInteger b)
    {
        var q = BigInteger.DivRem(a, b, out var r);
        if (!r.IsZero && ((r.Sign < 0) != (b.Sign < 0))) q -= 1;
        return q;
    }

    public static BigInteger FloorMod(BigInteger a, BigInteger b)
    {
        var r = BigInteger.Remainder(a, b);
        if (!r.IsZero && ((r.Sign < 0) != (b.Sign < 0))) r += b;
        return r;
    }

    /// <summary>Correctly rounded a/b for integers (PEP 238 true division).</summary>
    public static double TrueDivide(BigInteger a, BigInteger b)
    {
        if (BigInteger.Abs(a) < (BigInteger.One << 53) && BigInteger.Abs(b) < (BigInteger.One << 53))
            return (double)a / (double)b;
        var result = (double)a / (double)b;
        if (double.IsFinite(result) && result != 0) return result;
        // Scale to keep precision for huge operands.
        var negative = (a.Sign < 0) != (b.Sign < 0);
        a = BigInteger.Abs(a); b = BigInteger.Abs(b);
        var shift = (int)(a.GetBitLength() - b.GetBitLength()) - 60;
        var q = shift >= 0 ? a / (b << shift) : (a << -shift) / b;
        var value = Math.ScaleB((double)q, shift);
        if (double.IsInfinity(value)) throw PyErr.OverflowError("integer division result too large for a float");
        return negative ? -value : value;
    }

    public static BigInteger ToBig(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyLong l => l.Value,
        _ => throw new InvalidOperationException("not an integer"),
    };
}
