using System.Numerics;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>int, long, float, bool and complex: constructors and methods.</summary>
public static class NumberTypes
{
    public static void Setup()
    {
        BuiltinTypes.Int.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind("int", args, kw, 0, "x", "base");
            var v = a[0] is null ? PyInt.Get(0) : ToInt(a[0]!, a[1], isLong: false);
            if (cls == BuiltinTypes.Int) return v;
            if (v is PyInt i) return new PyIntSub(cls, i.Value);
            throw PyErr.OverflowError("Python int too large to convert to C long");
        };
        BuiltinTypes.Long.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind("long", args, kw, 0, "x", "base");
            var v = a[0] is null ? new PyLong(0) : ToInt(a[0]!, a[1], isLong: true);
            var big = LongArith.ToBig(v);
            return cls == BuiltinTypes.Long ? new PyLong(big) : new PyLongSub(cls, big);
        };
        BuiltinTypes.Float.NewFunc = (cls, args, kw) =>
        {
            Args.Count("float", args, kw, 0, 1);
            var d = args.Length == 0 ? 0.0 : ToFloat(args[0]);
            return cls == BuiltinTypes.Float ? new PyFloat(d) : new PyFloatSub(cls, d);
        };
        BuiltinTypes.Bool.NewFunc = (cls, args, kw) =>
        {
            Args.Count("bool", args, kw, 0, 1);
            return PyBool.Of(args.Length == 1 && Ops.IsTrue(args[0]));
        };
        BuiltinTypes.Complex.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind("complex", args, kw, 0, "real", "imag");
            if (a[0] is PyBaseString s && a[1] is null)
            {
                try { return ParseComplex(s.Value); }
                catch (PythonException e) when (e.IsInstance(BuiltinTypes.ValueError))
                {
                    throw PyErr.ValueError("complex() arg is a malformed string");
                }
            }
            var re = a[0] is PyComplex c0 ? c0 : new PyComplex(a[0] is null ? 0 : Ops.ToDouble(a[0]!), 0);
            var im = a[1] is null ? new PyComplex(0, 0) : a[1] is PyComplex c1 ? c1 : new PyComplex(Ops.ToDouble(a[1]!), 0);
            return new PyComplex(re.Real - im.Imag, re.Imag + im.Real);
        };

        foreach (var t in new[] { BuiltinTypes.Int, BuiltinTypes.Long })
        {
            Def0(t, "__int__", self => PyInt.FromBig(LongArith.ToBig(self)));
            Def0(t, "__long__", self => new PyLong(LongArith.ToBig(self)));
            Def0(t, "__float__", self => new PyFloat(PyFloat.AsDouble(self)!.Value));
            Def0(t, "__index__", self => self is PyInt i ? PyInt.Get(i.Value) : new PyLong(LongArith.ToBig(self)));
            Def0(t, "__hex__", self => PyStr.From(BuiltinFunctions.HexOrOct(self, 16)));
            Def0(t, "__oct__", self => PyStr.From(BuiltinFunctions.HexOrOct(self, 8)));
            Def0(t, "bit_length", self => PyInt.Get((long)BigInteger.Abs(LongArith.ToBig(self)).GetBitLength()));
            Def0(t, "conjugate", self => self);
            Attr(t, "real", self => self);
            Attr(t, "imag", self => PyInt.Get(0));
            Attr(t, "numerator", self => self);
            Attr(t, "denominator", self => PyInt.Get(1));
            Def0(t, "__trunc__", self => self);
            // The plain value: a subclass instance here would make pickling recurse forever.
            Def0(t, "__getnewargs__", self => new PyTuple(self is PyInt i ? PyInt.Get(i.Value) : new PyLong(LongArith.ToBig(self))));
            Def(t, "__format__", (self, args, kw) => Formatting.FormatBuiltin(self, Ops.Str(args[0])));
            DefArithmetic(t);
        }
        var f = BuiltinTypes.Float;
        Def0(f, "__int__", self => PyInt.FromBig(Truncate(((PyFloat)self).Value)));
        Def0(f, "__long__", self => new PyLong(Truncate(((PyFloat)self).Value)));
        Def0(f, "__float__", self => self.Type == BuiltinTypes.Float ? self : new PyFloat(((PyFloat)self).Value));
        Def0(f, "__getnewargs__", self => new PyTuple(new PyFloat(((PyFloat)self).Value)));
        Def0(f, "__trunc__", self => PyInt.FromBig(Truncate(((PyFloat)self).Value)));
        Def0(f, "is_integer", self => PyBool.Of(Math.Floor(((PyFloat)self).Value) == ((PyFloat)self).Value));
        Def0(f, "conjugate", self => self);
        Def0(f, "hex", self => PyStr.From(FloatHex(((PyFloat)self).Value)));
        Def0(f, "as_integer_ratio", self => AsIntegerRatio(((PyFloat)self).Value));
        Attr(f, "real", self => self);
        Attr(f, "imag", self => new PyFloat(0));
        Def(f, "__format__", (self, args, kw) => Formatting.FormatBuiltin(self, Ops.Str(args[0])));
        ClassMethod(f, "fromhex", (args, kw) => new PyFloat(ParseHexFloat(Ops.Str(args[1]))));
        FloatFormatInfo.Setup(f);
        DefArithmetic(f);
        var c = BuiltinTypes.Complex;
        Def0(c, "conjugate", self => new PyComplex(((PyComplex)self).Real, -((PyComplex)self).Imag));
        Def0(c, "__abs__", self => new PyFloat(Math.Sqrt(((PyComplex)self).Real * ((PyComplex)self).Real + ((PyComplex)self).Imag * ((PyComplex)self).Imag)));
    }

    /// <summary>__add__, __radd__ ... on int, long and float, so subclasses can call int.__add__(self, x).</summary>
    private static void DefArithmetic(PyType t)
    {
        foreach (Ast.BinaryOperator op in Enum.GetValues<Ast.BinaryOperator>())
        {
            var captured = op;
            Def1(t, Ops.LeftName(op), (self, other) => self.BinaryOp(captured, other));
            Def1(t, Ops.RightName(op), (self, other) => self.ReflectedBinaryOp(captured, other));
        }
        Def0(t, "__neg__", self => self.UnaryOp(Ast.UnaryOperator.USub));
        Def0(t, "__pos__", self => self.UnaryOp(Ast.UnaryOperator.UAdd));
        Def0(t, "__abs__", self => BuiltinFunctions.Abs(self));
        Def0(t, "__nonzero__", self => PyBool.Of(self.IsTrue()));
        Def0(t, "__repr__", self => PyStr.From(self.Repr()));
        Def0(t, "__str__", self => PyStr.From(self.Str()));
        Def0(t, "__hash__", self => PyInt.Get(self.Hash()));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
            Def1(t, name, (self, other) => self.RichCompare(other, op));
        Def1(t, "__cmp__", (self, other) => PyInt.Get(Ops.Cmp(self, other)));
    }

    public static BigInteger Truncate(double d)
    {
        if (double.IsNaN(d)) throw PyErr.ValueError("cannot convert float NaN to integer");
        if (double.IsInfinity(d)) throw PyErr.OverflowError("cannot convert float infinity to integer");
        return new BigInteger(Math.Truncate(d));
    }

    public static PyObject ToInt(PyObject x, PyObject? baseArg, bool isLong)
    {
        if (baseArg is not null)
        {
            var radix = (int)Ops.ToLong(baseArg);
            if (radix != 0 && (radix < 2 || radix > 36)) throw PyErr.ValueError("int() base must be >= 2 and <= 36, or 0");
            return x switch
            {
                PyStr s => NumberParsing.ParseInt(s.Value, radix, isLong),
                PyUnicode u => NumberParsing.ParseInt(u.Value, radix, isLong),
                _ => throw PyErr.TypeError("int() can't convert non-string with explicit base"),
            };
        }
        switch (x)
        {
            case PyInt i: return isLong ? new PyLong(i.Value) : PyInt.Get(i.Value);
            case PyLong l: return isLong ? new PyLong(l.Value) : PyInt.FromBig(l.Value);
            case PyFloat f: return isLong ? new PyLong(Truncate(f.Value)) : PyInt.FromBig(Truncate(f.Value));
            case PyComplex: throw PyErr.TypeError($"can't convert complex to {(isLong ? "long" : "int")}");
            case PyStr s: return NumberParsing.ParseInt(s.Value, 10, isLong);
            case PyUnicode u: return NumberParsing.ParseInt(u.Value, 10, isLong);
        }
        var name = isLong ? "__long__" : "__int__";
        PyObject? conv = x is PyInstance inst ? inst.Class.LookupOrNull(name) ?? inst.Class.LookupOrNull("__int__") : x.Type.Lookup(name) ?? x.Type.Lookup("__int__");
        if (conv is null && x.Type.Lookup("__trunc__") is { } trunc) conv = trunc;
        if (conv is not null)
        {
            var r = TypeCalls.CallBound(conv, x, [], null);
            if (r is PyInt or PyLong) return isLong ? new PyLong(LongArith.ToBig(r)) : r;
            throw PyErr.TypeError("__int__ returned non-int (type " + r.Type.Name + ")");
        }
        throw PyErr.TypeError($"{(isLong ? "long" : "int")}() argument must be a string or a number, not '{x.Type.Name}'");
    }

    public static double ToFloat(PyObject x)
    {
        switch (x)
        {
            case PyStr s: return NumberParsing.ParseFloat(s.Value);
            case PyUnicode u: return NumberParsing.ParseFloat(u.Value);
        }
        if (PyFloat.AsDouble(x) is { } d) return d;
        PyObject? conv = x is PyInstance inst ? inst.Class.LookupOrNull("__float__") : x.Type.Lookup("__float__");
        if (conv is not null) return Ops.ToDouble(TypeCalls.CallBound(conv, x, [], null));
        throw PyErr.TypeError($"float() argument must be a string or a number");
    }

    private static PyComplex ParseComplex(string s)
    {
        var t = s.Trim().Trim('(', ')');
        if (t.EndsWith('j') || t.EndsWith('J'))
        {
            var body = t[..^1];
            var split = Math.Max(body.LastIndexOf('+'), body.LastIndexOf('-'));
            while (split > 0 && (body[split - 1] == 'e' || body[split - 1] == 'E')) split = Math.Max(body.LastIndexOf('+', split - 1), body.LastIndexOf('-', split - 1));
            if (split <= 0) return new PyComplex(0, body is "" or "+" ? 1 : body == "-" ? -1 : NumberParsing.ParseFloat(body));
            var imagText = body[split..];
            var imag = imagText is "+" ? 1 : imagText is "-" ? -1 : NumberParsing.ParseFloat(imagText);
            return new PyComplex(NumberParsing.ParseFloat(body[..split]), imag);
        }
        return new PyComplex(NumberParsing.ParseFloat(t), 0);
    }

    private static PyTuple AsIntegerRatio(double d)
    {
        if (double.IsInfinity(d)) throw PyErr.OverflowError("Cannot pass infinity to float.as_integer_ratio.");
        if (double.IsNaN(d)) throw PyErr.ValueError("Cannot pass NaN to float.as_integer_ratio.");
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0) exponent++; else mantissa |= 1L << 52;
        exponent -= 1075;
        BigInteger num = mantissa, den = 1;
        if (exponent > 0) num <<= exponent; else den <<= -exponent;
        var g = BigInteger.GreatestCommonDivisor(num, den);
        if (!g.IsZero) { num /= g; den /= g; }
        if (d < 0) num = -num;
        return new PyTuple(PyInt.FromBig(num), PyInt.FromBig(den));
    }

    private static string FloatHex(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return double.IsNegative(d) ? "-0x0.0p+0" : "0x0.0p+0";
        var bits = BitConverter.DoubleToInt64Bits(d);
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        var lead = exponent == 0 ? 0 : 1;
        var exp = exponent == 0 ? -1022 : exponent - 1023;
        return $"{(d < 0 ? "-" : "")}0x{lead}.{mantissa:x13}p{(exp >= 0 ? "+" : "")}{exp}";
    }

    private static double ParseHexFloat(string s)
    {
        s = s.Trim().ToLowerInvariant();
        var negative = s.StartsWith('-');
        s = s.TrimStart('+', '-');
        if (s.StartsWith("0x")) s = s[2..];
        var p = s.IndexOf('p');
        var exp = p >= 0 ? int.Parse(s[(p + 1)..]) : 0;
        var mant = p >= 0 ? s[..p] : s;
        var dot = mant.IndexOf('.');
        var digits = mant.Replace(".", "");
        if (dot >= 0) exp -= 4 * (mant.Length - dot - 1);
        var value = (double)BigInteger.Parse("0" + digits, System.Globalization.NumberStyles.HexNumber);
        var r = Math.ScaleB(value, exp);
        return negative ? -r : r;
    }
}
