using System.Globalization;
using System.Numerics;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>int(), long() and float() on strings, with Python 2.7's accepted forms and error messages.</summary>
public static class NumberParsing
{
    public static PyObject ParseInt(string text, int radix, bool isLong)
    {
        var s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var original = text;
        var negative = false;
        var i = 0;
        if (i < s.Length && (s[i] == '+' || s[i] == '-')) { negative = s[i] == '-'; i++; }
        var body = s[i..];
        if (isLong && (body.EndsWith('L') || body.EndsWith('l'))) body = body[..^1];
        var lower = body.ToLowerInvariant();
        if (radix == 0)
        {
            if (lower.StartsWith("0x")) { radix = 16; body = body[2..]; }
            else if (lower.StartsWith("0o")) { radix = 8; body = body[2..]; }
            else if (lower.StartsWith("0b")) { radix = 2; body = body[2..]; }
            else if (lower.StartsWith('0') && lower.Length > 1) { radix = 8; body = body[1..]; }
            else radix = 10;
        }
        else if (radix == 16 && lower.StartsWith("0x")) body = body[2..];
        else if (radix == 8 && lower.StartsWith("0o")) body = body[2..];
        else if (radix == 2 && lower.StartsWith("0b")) body = body[2..];
        if (body.Length == 0) throw Invalid(original, radix, isLong);
        BigInteger value = 0;
        foreach (var c in body)
        {
            var d = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : 99;
            if (d >= radix) throw Invalid(original, radix, isLong);
            value = value * radix + d;
        }
        if (negative) value = -value;
        return isLong ? new PyLong(value) : PyInt.FromBig(value);
    }

    private static PythonException Invalid(string text, int radix, bool isLong)
        => PyErr.ValueError($"invalid literal for {(isLong ? "long" : "int")}() with base {radix}: {StringRepr.StrRepr(text)}");

    public static double ParseFloat(string text)
    {
        var s = text.Trim(' ', '\t', '\n', '\r', '\v', '\f');
        var lower = s.ToLowerInvariant();
        switch (lower)
        {
            case "inf" or "+inf" or "infinity" or "+infinity": return double.PositiveInfinity;
            case "-inf" or "-infinity": return double.NegativeInfinity;
            case "nan" or "+nan" or "-nan": return double.NaN;
        }
        var valid = s.Length > 0 && s.All(c => char.IsAsciiDigit(c) || c is '.' or 'e' or 'E' or '+' or '-')
                    && s.Any(char.IsAsciiDigit);
        if (valid && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        throw PyErr.ValueError("could not convert string to float: " + text);
    }
}
