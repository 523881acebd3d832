using System.Numerics;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// math (library reference §9.2) with CPython 2.7's error rules: a NaN from a non-NaN argument is "math domain
/// error" (ValueError); an infinity from finite arguments is "math range error" (OverflowError) for the functions
/// that can overflow and a domain error for the others (log(0), atanh(1)). floor and ceil return floats.
/// </summary>
public static class MathModule
{
    /// <summary>A float argument: int, long, float or anything with __float__.</summary>
    public static double D(PyObject o)
    {
        switch (o)
        {
            case PyFloat f: return f.Value;
            case PyInt i: return i.Value;
            case PyLong l:
                var d = (double)l.Value;
                return double.IsInfinity(d) ? throw PyErr.OverflowError("long int too large to convert to float") : d;
        }
        if (o is not PyBaseString && Ops.TryGetAttr(o, "__float__", out var conv)) return D(Ops.Call(conv, [], null));
        throw PyErr.TypeError("a float is required");
    }

    private static PythonException Domain() => PyErr.ValueError("math domain error");
    private static PythonException Range() => PyErr.OverflowError("math range error");

    /// <summary>Checks a one-argument result the way CPython's math_1 does.</summary>
    public static PyObject Checked(double x, double r, bool canOverflow)
    {
        if (double.IsNaN(r) && !double.IsNaN(x)) throw Domain();
        if (double.IsInfinity(r) && double.IsFinite(x)) throw canOverflow ? Range() : Domain();
        return new PyFloat(r);
    }

    private static void F1(ModuleBuilder b, string name, Func<double, double> f, bool canOverflow = false)
        => b.Fn(name, (a, k) => { Args.Count(name, a, k, 1, 1); var x = D(a[0]); return Checked(x, f(x), canOverflow); });

    public static PyModule Create()
    {
        var b = new ModuleBuilder("math");
        b.Value("pi", new PyFloat(Math.PI)).Value("e", new PyFloat(Math.E));
        F1(b, "acos", Math.Acos); F1(b, "asin", Math.Asin); F1(b, "atan", Math.Atan);
        F1(b, "acosh", Math.Acosh); F1(b, "asinh", Math.Asinh); F1(b, "atanh", Math.Atanh);
        F1(b, "cos", Math.Cos); F1(b, "sin", Math.Sin); F1(b, "tan", Math.Tan); F1(b, "tanh", Math.Tanh);
        F1(b, "cosh", Math.Cosh, true); F1(b, "sinh", Math.Sinh, true);
        F1(b, "exp", Math.Exp, true);
        F1(b, "expm1", x => Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Math.Exp(x) - 1, true);
        F1(b, "log1p", x => Math.Abs(x) < 1e-4 ? x - x * x / 2 + x * x * x / 3 : Math.Log(1 + x));
        F1(b, "sqrt", Math.Sqrt);
        F1(b, "fabs", Math.Abs);
        F1(b, "floor", Math.Floor);
        F1(b, "ceil", Math.Ceiling);
        F1(b, "erf", MathSpecial.Erf);
        F1(b, "erfc", MathSpecial.Erfc);
        F1(b, "gamma", MathSpecial.Gamma, true);
        F1(b, "lgamma", MathSpecial.LGamma, true);
        b.Fn("degrees", (a, k) => { Args.Count("degrees", a, k, 1, 1); return new PyFloat(D(a[0]) * (180.0 / Math.PI)); });
        b.Fn("radians", (a, k) => { Args.Count("radians", a, k, 1, 1); return new PyFloat(D(a[0]) * (Math.PI / 180.0)); });
        b.Fn("isinf", (a, k) => { Args.Count("isinf", a, k, 1, 1); return PyBool.Of(double.IsInfinity(D(a[0]))); });
        b.Fn("isnan", (a, k) => { Args.Count("isnan", a, k, 1, 1); return PyBool.Of(double.IsNaN(D(a[0]))); });
        b.Fn("log", (a, k) =>
        {
            Args.Count("log", a, k, 1, 2);
            var num = Log(a[0], Math.Log, BigInteger.Log);
            if (a.Length == 1) return new PyFloat(num);
            var den = Log(a[1], Math.Log, BigInteger.Log);
            if (den == 0) throw PyErr.ZeroDivisionError("float division by zero");
            return new PyFloat(num / den);
        });
        b.Fn("log10", (a, k) => { Args.Count("log10", a, k, 1, 1); return new PyFloat(Log(a[0], Math.Log10, BigInteger.Log10)); });
        b.Fn("pow", (a, k) => { Args.Count("pow", a, k, 2, 2); return new PyFloat(Pow(D(a[0]), D(a[1]))); });
        b.Fn("atan2", (a, k) => { Args.Count("atan2", a, k, 2, 2); return new PyFloat(Math.Atan2(D(a[0]), D(a[1]))); });
        b.Fn("copysign", (a, k) => { Args.Count("copysign", a, k, 2, 2); return new PyFloat(Math.CopySign(D(a[0]), D(a[1]))); });
        b.Fn("hypot", (a, k) =>
        {
            Args.Count("hypot", a, k, 2, 2);
            double x = D(a[0]), y = D(a[1]);
            if (double.IsInfinity(x) || double.IsInfinity(y)) return new PyFloat(double.PositiveInfinity);
            var r = MathSpecial.Hypot(x, y);
            if (double.IsInfinity(r)) throw Range();
            return new PyFloat(r);
        });
        b.Fn("fmod", (a, k) =>
        {
            Args.Count("fmod", a, k, 2, 2);
            double x = D(a[0]), y = D(a[1]);
            if (double.IsInfinity(y) && double.IsFinite(x)) return new PyFloat(x);
            var r = x % y;
            if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
            return new PyFloat(r);
        });
        b.Fn("ldexp", (a, k) =>
        {
            Args.Count("ldexp", a, k, 2, 2);
            var x = D(a[0]);
            if (a[1] is PyFloat) throw PyErr.TypeError("Expected an int or long as second argument to ldexp.");
            var exp = a[1] is PyLong l ? (long)BigInteger.Clamp(l.Value, int.MinValue, int.MaxValue) : Args.Int(a[1], "i");
            var r = Math.ScaleB(x, (int)Math.Clamp(exp, int.MinValue, int.MaxValue));
            if (double.IsInfinity(r) && double.IsFinite(x)) throw Range();
            return new PyFloat(r);
        });
        b.Fn("frexp", (a, k) =>
        {
            Args.Count("frexp", a, k, 1, 1);
            var x = D(a[0]);
            if (x == 0 || !double.IsFinite(x)) return new PyTuple(new PyFloat(x), PyInt.Get(0));
            var e = Math.ILogB(x) + 1;
            return new PyTuple(new PyFloat(Math.ScaleB(x, -e)), PyInt.Get(e));
        });
        b.Fn("modf", (a, k) =>
        {
            Args.Count("modf", a, k, 1, 1);
            var x = D(a[0]);
            if (double.IsInfinity(x)) return new PyTuple(new PyFloat(Math.CopySign(0.0, x)), new PyFloat(x));
            var whole = Math.Truncate(x);
            return new PyTuple(new PyFloat(Math.CopySign(x - whole, x)), new PyFloat(whole));
        });
        b.Fn("trunc", (a, k) =>
        {
            Args.Count("trunc", a, k, 1, 1);
            var x = a[0];
            if (x is PyInt or PyLong) return x;
            if (x is PyFloat f)
            {
                if (!double.IsFinite(f.Value)) throw double.IsNaN(f.Value) ? PyErr.ValueError("cannot convert float NaN to integer") : PyErr.OverflowError("cannot convert float infinity to integer");
                return PyInt.FromBig(new BigInteger(Math.Truncate(f.Value)));
            }
            if (Ops.TryGetAttr(x, "__trunc__", out var trunc)) return Ops.Call(trunc, [], null);
            throw PyErr.TypeError($"type {x.Type.Name} doesn't define __trunc__ method");
        });
        b.Fn("factorial", (a, k) => { Args.Count("factorial", a, k, 1, 1); return Factorial(a[0]); });
        b.Fn("fsum", (a, k) => { Args.Count("fsum", a, k, 1, 1); return new PyFloat(MathSpecial.FSum(Ops.ToArray(a[0]).Select(D))); });
        return b;
    }

    /// <summary>Logarithms accept longs beyond the float range (log(2**1000, 2) is 1000.0).</summary>
    private static double Log(PyObject o, Func<double, double> f, Func<BigInteger, double> big)
    {
        if (o is PyLong l)
        {
            if (l.Value.Sign <= 0) throw Domain();
            return big(l.Value);
        }
        var x = D(o);
        if (double.IsNaN(x)) return x;
        if (x <= 0) throw Domain();
        return f(x);
    }

    private static double Pow(double x, double y)
    {
        // C99 Annex F special cases that .NET agrees with except these two.
        if (x == 1 || y == 0) return 1;
        var r = Math.Pow(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y)) throw Domain();
        if (double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y))
            throw x == 0 ? Domain() : Range();
        return r;
    }

    private static PyObject Factorial(PyObject x)
    {
        BigInteger n;
        if (x is PyFloat f)
        {
            if (!double.IsFinite(f.Value) || Math.Floor(f.Value) != f.Value) throw PyErr.ValueError("factorial() only accepts integral values");
            n = new BigInteger(f.Value);
        }
        else n = Ops.ToBigInteger(x);
        if (n.Sign < 0) throw PyErr.ValueError("factorial() not defined for negative values");
        if (n > 100000) throw PyErr.OverflowError("factorial() argument should not exceed 100000 in PyCgiRunner");
        var result = BigInteger.One;
        for (var i = 2; i <= (int)n; i++) result *= i;
        return PyInt.FromBig(result);
    }
}
