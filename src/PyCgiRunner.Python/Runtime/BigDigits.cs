using System.Numerics;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Conversions between long integers and digit strings that stay within CPython's cost and stop at the run's
/// limits: hex, octal and binary are linear (bits map to digits), decimal and other bases split the number in
/// halves (divide and conquer) and check the deadline at each split, so str(10**10**6) or int('9'*10**7) can
/// be stopped at the deadline instead of holding the thread after it.
/// </summary>
public static class BigDigits
{
    private const int DirectDecimalBits = 60_000;
    private const int DirectParseDigits = 2_000;

    public static string ToDecimal(BigInteger v)
    {
        if (v.Sign < 0) return "-" + ToDecimal(-v);
        if (v.GetBitLength() < DirectDecimalBits) return v.ToString();
        var sb = new System.Text.StringBuilder();
        AppendDecimal(sb, v, 0);
        return sb.ToString();
    }

    // Appends v (non-negative) in decimal, left-padded with zeros to width digits.
    private static void AppendDecimal(System.Text.StringBuilder sb, BigInteger v, int width)
    {
        if (v.GetBitLength() < DirectDecimalBits)
        {
            var s = v.ToString();
            if (s.Length < width) sb.Append('0', width - s.Length);
            sb.Append(s);
            return;
        }
        PyContext.CurrentOrNull?.CheckLimits();
        var half = (int)(v.GetBitLength() * 0.30103 / 2);
        var divisor = BigInteger.Pow(10, half);
        var high = BigInteger.DivRem(v, divisor, out var low);
        var highWidth = width > half ? width - half : 0;
        AppendDecimal(sb, high, highWidth);
        AppendDecimal(sb, low, half);
    }

    /// <summary>Digits of a non-negative v in base 2, 8 or 16 (lower case), in time linear in its size.</summary>
    public static string ToPowerOfTwoRadix(BigInteger v, int radix)
    {
        if (v.IsZero) return "0";
        var bitsPerDigit = radix == 2 ? 1 : radix == 8 ? 3 : 4;
        var bytes = v.ToByteArray(isUnsigned: true, isBigEndian: false);
        var totalBits = (long)v.GetBitLength();
        var count = (int)((totalBits + bitsPerDigit - 1) / bitsPerDigit);
        var chars = new char[count];
        for (var i = 0; i < count; i++)
        {
            long bit = (long)i * bitsPerDigit;
            var d = 0;
            for (var k = 0; k < bitsPerDigit; k++)
            {
                var b = bit + k;
                if (b < totalBits && (bytes[b >> 3] >> (int)(b & 7) & 1) != 0) d |= 1 << k;
            }
            chars[count - 1 - i] = (char)(d < 10 ? '0' + d : 'a' + d - 10);
        }
        return new string(chars);
    }

    /// <summary>The value of digits (already checked to be valid in radix), in O(M(n) log n) with limit checks.</summary>
    public static BigInteger Parse(string digits, int radix)
    {
        if (digits.Length <= DirectParseDigits) return ParseDirect(digits, 0, digits.Length, radix);
        return ParseRange(digits, 0, digits.Length, radix);
    }

    private static BigInteger ParseRange(string s, int lo, int hi, int radix)
    {
        if (hi - lo <= DirectParseDigits) return ParseDirect(s, lo, hi, radix);
        PyContext.CurrentOrNull?.CheckLimits();
        var mid = lo + (hi - lo) / 2;
        return ParseRange(s, lo, mid, radix) * BigInteger.Pow(radix, hi - mid) + ParseRange(s, mid, hi, radix);
    }

    private static BigInteger ParseDirect(string s, int lo, int hi, int radix)
    {
        BigInteger value = 0;
        // Groups of digits that fit a ulong, so the big multiply runs once per group.
        var group = radix <= 10 ? 18 : 11;
        for (var i = lo; i < hi; i += group)
        {
            var end = Math.Min(i + group, hi);
            ulong chunk = 0, scale = 1;
            for (var j = i; j < end; j++)
            {
                chunk = chunk * (ulong)radix + (ulong)DigitValue(s[j]);
                scale *= (ulong)radix;
            }
            value = value * scale + chunk;
        }
        return value;
    }

    public static int DigitValue(char c)
        => char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
}
