using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>complex (basic arithmetic and repr as CPython 2.7).</summary>
public sealed class PyComplex : PyObject
{
    public readonly double Real, Imag;

    public PyComplex(double real, double imag) { Real = real; Imag = imag; }

    public override PyType Type => BuiltinTypes.Complex;
    public override bool IsTrue() => Real != 0 || Imag != 0;

    public override string Repr()
    {
        if (Real == 0 && !double.IsNegative(Real)) return Part(Imag) + "j";
        var imag = Part(Imag);
        var sign = imag.StartsWith('-') || double.IsNaN(Imag) && imag.StartsWith('-') ? "" : "+";
        return "(" + Part(Real) + sign + imag + "j)";
    }

    /// <summary>str(complex) uses 12 significant digits per part, repr the shortest round-trip form.</summary>
    public override string Str()
    {
        static string P(double v) => FloatFormat.Format(v, 'g', 12);
        if (Real == 0 && !double.IsNegative(Real)) return P(Imag) + "j";
        var imag = P(Imag);
        return "(" + P(Real) + (imag.StartsWith('-') ? "" : "+") + imag + "j)";
    }

    private static string Part(double v)
    {
        var s = FloatFormat.Repr(v);
        return s.EndsWith(".0") ? s[..^2] : s;
    }

    public override long Hash() => Imag == 0 ? new PyFloat(Real).Hash() : HashCode.Combine(Real, Imag);

    private static PyComplex? Coerce(PyObject o) => o switch
    {
        PyComplex c => c,
        _ when PyFloat.AsDouble(o) is { } d => new PyComplex(d, 0),
        _ => null,
    };

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
        => Coerce(other) is { } b ? Arith(op, this, b) : PyNotImplemented.Instance;

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
        => Coerce(other) is { } a ? Arith(op, a, this) : PyNotImplemented.Instance;

    private static PyObject Arith(BinaryOperator op, PyComplex a, PyComplex b)
    {
        switch (op)
        {
            case BinaryOperator.Add: return new PyComplex(a.Real + b.Real, a.Imag + b.Imag);
            case BinaryOperator.Sub: return new PyComplex(a.Real - b.Real, a.Imag - b.Imag);
            case BinaryOperator.Mult: return new PyComplex(a.Real * b.Real - a.Imag * b.Imag, a.Real * b.Imag + a.Imag * b.Real);
            case BinaryOperator.Div:
            case BinaryOperator.TrueDiv:
                {
                    var d = b.Real * b.Real + b.Imag * b.Imag;
                    if (d == 0) throw PyErr.ZeroDivisionError("complex division by zero");
                    return new PyComplex((a.Real * b.Real + a.Imag * b.Imag) / d, (a.Imag * b.Real - a.Real * b.Imag) / d);
                }
            case BinaryOperator.Pow:
                {
                    var r = System.Numerics.Complex.Pow(new System.Numerics.Complex(a.Real, a.Imag), new System.Numerics.Complex(b.Real, b.Imag));
                    if (b.Imag == 0 && b.Real == Math.Floor(b.Real) && Math.Abs(b.Real) < 100)
                    {
                        var result = new System.Numerics.Complex(1, 0);
                        var baseC = new System.Numerics.Complex(a.Real, a.Imag);
                        for (var i = 0; i < Math.Abs(b.Real); i++) result *= baseC;
                        if (b.Real < 0) result = 1 / result;
                        r = result;
                    }
                    return new PyComplex(r.Real, r.Imaginary);
                }
        }
        return PyNotImplemented.Instance;
    }

    public override PyObject UnaryOp(UnaryOperator op) => op switch
    {
        UnaryOperator.USub => new PyComplex(-Real, -Imag),
        UnaryOperator.UAdd => this,
        _ => base.UnaryOp(op),
    };

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        var b = Coerce(other);
        if (b is null) return PyNotImplemented.Instance;
        if (op is CompareOp.Eq or CompareOp.Ne)
            return PyBool.Of((Real == b.Real && Imag == b.Imag) == (op == CompareOp.Eq));
        throw PyErr.TypeError("no ordering relation is defined for complex numbers");
    }

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "real": value = new PyFloat(Real); return true;
            case "imag": value = new PyFloat(Imag); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
