using System.Numerics;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// float.fromhex (Python 2.7 library reference §5.4.3): [sign] ('inf' | 'infinity' | 'nan' | ['0x'] hex digits
/// ['.' hex digits] ['p' [sign] decimal digits]), surrounding whitespace allowed, rounded half-even to the
/// nearest double (subnormals included); a value past the largest double is an OverflowError.
/// </summary>
public static class HexFloat
{
    public static double Parse(string text)
    {
        var s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f').ToLowerInvariant();
        var negative = false;
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') { negative = s[i] == '-'; i++; }
        var rest = s[i..];
        if (rest is "inf" or "infinity") return negative ? double.NegativeInfinity : double.PositiveInfinity;
        if (rest == "nan") return double.NaN;
        if (rest.StartsWith("0x")) i += 2;
        BigInteger mantissa = 0;
        var digits = 0;
        long exponent = 0;
        for (; i < s.Length && Uri.IsHexDigit(s[i]); i++, digits++) mantissa = mantissa * 16 + Convert.ToInt32(s[i].ToString(), 16);
        if (i < s.Length && s[i] == '.')
        {
            for (i++; i < s.Length && Uri.IsHexDigit(s[i]); i++, digits++)
            {
                mantissa = mantissa * 16 + Convert.ToInt32(s[i].ToString(), 16);
                exponent -= 4;
            }
        }
        if (digits == 0) throw Invalid();
        if (i < s.Length && s[i] == 'p')
        {
            i++;
            var expNegative = false;
            if (i < s.Length && s[i] is '+' or '-') { expNegative = s[i] == '-'; i++; }
            var start = i;
            long e = 0;
            for (; i < s.Length && char.IsAsciiDigit(s[i]); i++) e = Math.Min(e * 10 + (s[i] - '0'), 1L << 40);
            if (i == start) throw Invalid();
            exponent += expNegative ? -e : e;
        }
        if (i != s.Length) throw Invalid();
        var value = Round(mantissa, exponent);
        return negative ? -value : value;
    }

    // mantissa * 2**exponent to the nearest double, ties to even.
    private static double Round(BigInteger mantissa, long exponent)
    {
        if (mantissa.IsZero) return 0.0;
        var length = (long)mantissa.GetBitLength();
        var top = length + exponent;                       // value lies in [2**(top-1), 2**top)
        if (top > 1024) throw Overflow();
        if (top < -1074) return 0.0;
        var precision = Math.Min(53, top + 1074);          // fewer bits below the normal range
        var shift = length - precision;
        if (shift <= 0) return Math.ScaleB((double)mantissa, (int)exponent);
        var q = mantissa >> (int)shift;
        var rem = mantissa - (q << (int)shift);
        var half = BigInteger.One << (int)(shift - 1);
        if (rem > half || (rem == half && !q.IsEven)) q += 1;
        var result = Math.ScaleB((double)q, (int)(exponent + shift));
        if (double.IsInfinity(result)) throw Overflow();
        return result;
    }

    private static PythonException Invalid() => PyErr.ValueError("invalid hexadecimal floating-point string");

    private static PythonException Overflow() => PyErr.OverflowError("hexadecimal value too large to represent as a float");
}
