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
        // CPython reports the literal with its leading whitespace skipped.
        var original = text.TrimStart(' ', '\t', '\n', '\r', '\v', '\f');
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
        foreach (var c in body)
            if (BigDigits.DigitValue(c) >= radix) throw Invalid(original, radix, isLong);
        var value = BigDigits.Parse(body, radix);
        if (negative) value = -value;
        return isLong ? new PyLong(value) : PyInt.FromBig(value);
    }

    private static PythonException Invalid(string text, int radix, bool isLong)
        => PyErr.ValueError($"invalid literal for {(isLong ? "long" : "int")}() with base {radix}: {StringRepr.StrRepr(text)}");

    /// <summary>Length of the longest prefix of s that is a decimal float literal ([sign] digits [. digits] [e [sign] digits]).</summary>
    private static int FloatPrefixLength(string s)
    {
        var i = 0;
        if (i < s.Length && s[i] is '+' or '-') i++;
        var digits = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        if (i < s.Length && s[i] == '.')
        {
            i++;
            while (i < s.Length && char.IsAsciiDigit(s[i])) { i++; digits++; }
        }
        if (digits == 0) return 0;
        var mantissaEnd = i;
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-') j++;
            var expDigits = 0;
            while (j < s.Length && char.IsAsciiDigit(s[j])) { j++; expDigits++; }
            return expDigits > 0 ? j : mantissaEnd;
        }
        return i;
    }

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
        var prefix = FloatPrefixLength(s);
        var lowerS = s.ToLowerInvariant().TrimStart('+', '-');
        if (prefix == 0 && (lowerS.StartsWith("inf") || lowerS.StartsWith("nan"))) prefix = 3;
        if (prefix == s.Length && prefix > 0 && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
        // A number followed by junk is an "invalid literal"; no number at all "could not convert".
        var shown = text.TrimStart(' ', '\t', '\n', '\r', '\v', '\f');
        throw PyErr.ValueError(prefix > 0 ? "invalid literal for float(): " + shown : "could not convert string to float: " + shown);
    }
}
