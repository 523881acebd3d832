using System.Numerics;
using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Python float (an IEEE double). repr is the shortest round-trip form, str uses 12 significant digits.</summary>
public class PyFloat : PyObject
{
    public readonly double Value;

    public PyFloat(double value) { Value = value; }

    public override PyType Type => BuiltinTypes.Float;
    public override bool IsTrue() => Value != 0.0;
    public override string Repr() => FloatFormat.Repr(Value);
    public override string Str() => FloatFormat.Str(Value);

    public override long Hash()
    {
        if (double.IsNaN(Value)) return 0;
        if (double.IsInfinity(Value)) return Value > 0 ? 314159 : -271828;
        if (Math.Floor(Value) == Value)
        {
            if (Value >= -9.2e18 && Value <= 9.2e18) { var l = (long)Value; return l == -1 ? -2 : l; }
            return new PyLong(new BigInteger(Value)).Hash();
        }
        // CPython 2.7 _Py_HashDouble for non-integral values: the top 64 bits of the mantissa plus the exponent.
        var expo = Math.ILogB(Value) + 1;          // frexp: Value = m * 2**expo with 0.5 <= |m| < 1
        var m = Math.ScaleB(Value, -expo);
        m *= 2147483648.0;
        var hipart = (long)m;
        m = (m - hipart) * 2147483648.0;
        var x = hipart + (long)m + ((long)expo << 15);
        return x == -1 ? -2 : x;
    }

    public static double? AsDouble(PyObject o) => o switch
    {
        PyFloat f => f.Value,
        PyInt i => i.Value,
        PyLong l => BigToDouble(l.Value),
        _ => null,
    };

    public static double BigToDouble(BigInteger v)
    {
        var d = RoundToDouble(v);
        if (double.IsInfinity(d)) throw PyErr.OverflowError("long int too large to convert to float");
        return d;
    }

    /// <summary>Correctly rounded long → float (round half to even), as CPython's PyLong_AsDouble.</summary>
    public static double RoundToDouble(BigInteger v)
    {
        var bits = (long)BigInteger.Abs(v).GetBitLength();
        if (bits <= 63) return (double)(long)v;
        var shift = (int)(bits - 64);
        var magnitude = BigInteger.Abs(v);
        var top = (ulong)(magnitude >> shift);
        // A sticky bit keeps ulong→double rounding exact for the discarded low bits.
        if (!(magnitude & ((BigInteger.One << shift) - 1)).IsZero) top |= 1;
        var d = Math.ScaleB((double)top, shift);
        return v.Sign < 0 ? -d : d;
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
    {
        var b = AsDouble(other);
        return b is null ? PyNotImplemented.Instance : Arith(op, Value, b.Value);
    }

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
    {
        var a = AsDouble(other);
        return a is null ? PyNotImplemented.Instance : Arith(op, a.Value, Value);
    }

    public static PyObject Arith(BinaryOperator op, double a, double b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyFloat(a + b);
            case BinaryOperator.Sub: return new PyFloat(a - b);
            case BinaryOperator.Mult: return new PyFloat(a * b);
            case BinaryOperator.Div:
            case BinaryOperator.TrueDiv:
                if (b == 0.0) throw PyErr.ZeroDivisionError("float division by zero");
                return new PyFloat(a / b);
            case BinaryOperator.FloorDiv:
                if (b == 0.0) throw PyErr.ZeroDivisionError("float divmod()");
                return new PyFloat(DivMod(a, b).div);
            case BinaryOperator.Mod:
                if (b == 0.0) throw PyErr.ZeroDivisionError("float modulo");
                return new PyFloat(DivMod(a, b).mod);
            case BinaryOperator.Pow:
                return new PyFloat(Pow(a, b));
        }
        return PyNotImplemented.Instance;
    }

    /// <summary>Python's float divmod: the remainder has the sign of the divisor.</summary>
    public static (double div, double mod) DivMod(double a, double b)
    {
        var mod = a % b;
        var div = (a - mod) / b;
        if (mod != 0)
        {
            if ((b < 0) != (mod < 0)) { mod += b; div -= 1.0; }
        }
        else
        {
            mod = b < 0 ? -0.0 : 0.0;
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        }
        else
        {
            floordiv = (a / b) < 0 ? -0.0 : 0.0;
        }
        return (floordiv, mod);
    }

    public static double Pow(double a, double b)
    {
        if (b == 0) return 1.0;
        if (a == 0 && b < 0) throw PyErr.ZeroDivisionError("0.0 cannot be raised to a negative power");
        if (a < 0 && Math.Floor(b) != b && double.IsFinite(b))
            throw PyErr.ValueError("negative number cannot be raised to a fractional power");
        var r = Math.Pow(a, b);
        if (double.IsInfinity(r) && double.IsFinite(a) && double.IsFinite(b))
            throw PyErr.OverflowError("(34, 'Numerical result out of range')");
        return r;
    }

    public override PyObject UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => new PyFloat(-Value),
        UnaryOperator.UAdd => Type == BuiltinTypes.Float ? this : new PyFloat(Value),
        _ => base.UnaryOp(op),
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        switch (other)
        {
            case PyFloat f: return PyBool.Of(CompareDoubles(Value, f.Value, op));
            case PyInt i: return CompareIntFloat(i.Value, Value, Ops.Swap(op));
            case PyLong l: return CompareBigFloat(l.Value, Value, Ops.Swap(op));
        }
        return PyNotImplemented.Instance;
    }

    public static bool CompareDoubles(double a, double b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>Compares int i with float f exactly (no rounding of large ints).</summary>
    public static PyObject CompareIntFloat(long i, double f, CompareOp op)
    {
        if (double.IsNaN(f)) return PyBool.Of(op == CompareOp.Ne);
        // Math.Abs(long.MinValue) overflows: compare the range instead.
        if (i > -(1L << 53) && i < (1L << 53)) return PyBool.Of(CompareDoubles(i, f, op));
        return CompareBigFloat(i, f, op);
    }

    public static PyObject CompareBigFloat(BigInteger i, double f, CompareOp op)
    {
        if (double.IsNaN(f)) return PyBool.Of(op == CompareOp.Ne);
        if (double.IsInfinity(f)) return PyBool.Of(Ops.CompareResult(f > 0 ? -1 : 1, op));
        var floor = Math.Floor(f);
        var cmp = i.CompareTo(new BigInteger(floor));
        if (cmp == 0 && floor != f) cmp = -1;
        return PyBool.Of(Ops.CompareResult(cmp, op));
    }
}

public sealed class PyFloatSub : PyFloat
{
    private readonly PyType _type;
    private readonly PyDict _dict = new();
    public PyFloatSub(PyType type, double value) : base(value) { _type = type; }
    public override PyType Type => _type;
    public override PyDict InstanceDict => _dict;
}
