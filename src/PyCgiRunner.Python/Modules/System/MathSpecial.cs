namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>The math functions .NET lacks: erf/erfc, gamma/lgamma, exact fsum, overflow-safe hypot.</summary>
public static class MathSpecial
{
    private const double SqrtPi = 1.772453850905516027298167483341145182798;

    /// <summary>erf by its Taylor series for small |x| and through erfc's continued fraction beyond.</summary>
    public static double Erf(double x)
    {
        if (double.IsNaN(x)) return x;
        if (Math.Abs(x) < 1.5) return ErfSeries(x);
        var c = ErfcContinuedFraction(Math.Abs(x));
        return x > 0 ? 1.0 - c : c - 1.0;
    }

    public static double Erfc(double x)
    {
        if (double.IsNaN(x)) return x;
        if (Math.Abs(x) < 1.5) return 1.0 - ErfSeries(x);
        var c = ErfcContinuedFraction(Math.Abs(x));
        return x > 0 ? c : 2.0 - c;
    }

    // erf(x) = 2x/sqrt(pi) * exp(-x^2) * sum_{n>=0} (2x^2)^n / (1*3*...*(2n+1)), all terms positive (no cancellation).
    private static double ErfSeries(double x)
    {
        var x2 = x * x;
        double term = 1.0, sum = 1.0;
        for (var n = 1; n < 100; n++)
        {
            term *= 2.0 * x2 / (2 * n + 1);
            sum += term;
            if (term < sum * 1e-17) break;
        }
        return 2.0 * x / SqrtPi * Math.Exp(-x2) * sum;
    }

    // erfc(x) = exp(-x^2)/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...))))), evaluated by modified Lentz.
    private static double ErfcContinuedFraction(double x)
    {
        if (x > 30) return 0.0;
        const double tiny = 1e-300;
        var f = x;
        double c = x, d = 0.0;
        for (var n = 1; n < 500; n++)
        {
            var an = n / 2.0;
            d = x + an * d;
            d = d == 0 ? tiny : 1.0 / d;
            c = x + an / c;
            if (c == 0) c = tiny;
            var delta = c * d;
            f *= delta;
            if (Math.Abs(delta - 1.0) < 1e-16) break;
        }
        return Math.Exp(-x * x) / SqrtPi / f;
    }

    // Lanczos approximation (g = 7, 9 terms): the widely published coefficients.
    private static readonly double[] s_lanczos =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61503916999185,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    public static double Gamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsPositiveInfinity(x)) return x;
        if (double.IsNegativeInfinity(x) || (x <= 0 && Math.Floor(x) == x)) return double.NaN;
        if (Math.Floor(x) == x && x <= 23)
        {
            // Exact for small integers: (x-1)!
            double r = 1;
            for (var i = 2; i < x; i++) r *= i;
            return r;
        }
        if (x > 171.7) return double.PositiveInfinity;
        if (x < 0.5) return Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x));
        var (t, sum) = LanczosSum(x);
        return Math.Sqrt(2 * Math.PI) * Math.Pow(t, x - 0.5) * Math.Exp(-t) * sum;
    }

    private static (double T, double Sum) LanczosSum(double x)
    {
        x -= 1;
        var sum = s_lanczos[0];
        for (var i = 1; i < s_lanczos.Length; i++) sum += s_lanczos[i] / (x + i);
        return (x + 7.5, sum);
    }

    public static double LGamma(double x)
    {
        if (double.IsNaN(x)) return x;
        if (double.IsInfinity(x)) return double.PositiveInfinity;
        if (x <= 0 && Math.Floor(x) == x) return double.PositiveInfinity;
        if (x == 1 || x == 2) return 0.0;
        if (x < 0.5) return Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LGamma(1 - x);
        var (t, sum) = LanczosSum(x);
        return 0.5 * Math.Log(2 * Math.PI) + (x - 0.5) * Math.Log(t) - t + Math.Log(sum);
    }

    public static double Hypot(double x, double y)
    {
        x = Math.Abs(x);
        y = Math.Abs(y);
        if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
        var big = Math.Max(x, y);
        var small = Math.Min(x, y);
        if (big == 0) return 0;
        var ratio = small / big;
        return big * Math.Sqrt(1 + ratio * ratio);
    }

    /// <summary>Exact sum of floats rounded once (Shewchuk's partials, with round-half-even on the last step).</summary>
    public static double FSum(IEnumerable<double> values)
    {
        var partials = new List<double>();
        double special = 0, infSum = 0;
        foreach (var value in values)
        {
            var x = value;
            if (!double.IsFinite(x))
            {
                if (double.IsInfinity(x)) infSum += x;
                special += x;
                continue;
            }
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0.0) partials[i++] = lo;
                x = hi;
            }
            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }
        if (special != 0)
        {
            if (double.IsNaN(infSum)) throw Runtime.PyErr.ValueError("-inf + inf in fsum");
            return special;
        }
        if (partials.Count == 0) return 0.0;
        var n = partials.Count - 1;
        var total = partials[n];
        double lo2 = 0;
        while (n > 0)
        {
            var x = total;
            var y = partials[--n];
            total = x + y;
            var yr = total - x;
            lo2 = y - yr;
            if (lo2 != 0.0) break;
        }
        // Round half to even across the remaining partials: nudge when the next partial has the same sign as lo.
        if (n > 0 && ((lo2 < 0 && partials[n - 1] < 0) || (lo2 > 0 && partials[n - 1] > 0)))
        {
            var y = lo2 * 2;
            var x = total + y;
            if (y == x - total) total = x;
        }
        return total;
    }
}
