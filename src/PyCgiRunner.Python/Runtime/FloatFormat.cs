using System.Globalization;
using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Float to text exactly as CPython 2.7: repr is the shortest string that round-trips (Python 2.7 "What's
/// new": repr uses David Gay's algorithm), str is '%.12g' plus '.0' when it looks like an int, and the
/// e/f/g formats of the % operator and format().
/// </summary>
public static class FloatFormat
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Repr(double v)
    {
        if (!double.IsFinite(v)) return NonFinite(v);
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        var (digits, exp) = ShortestDigits(v);
        // 'r' format: fixed notation when -4 <= exponent < 16, otherwise scientific.
        return Layout(v < 0, digits, exp, -4, 16, addDotZero: true);
    }

    public static string Str(double v) => Format(v, 'g', 12, alternate: false, addDotZero: true);

    private static string NonFinite(double v) => double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";

    /// <summary>The shortest round-trip digits of |v| and the decimal exponent of the first digit.</summary>
    public static (string digits, int exp) ShortestDigits(double v)
    {
        var s = Math.Abs(v).ToString("E16", Inv);
        // Try increasing precision until it round-trips (at most 17 digits).
        for (var p = 1; p <= 17; p++)
        {
            var candidate = Math.Abs(v).ToString("E" + (p - 1), Inv);
            if (double.Parse(candidate, Inv) == Math.Abs(v)) { s = candidate; break; }
        }
        return SplitScientific(s);
    }

    private static (string digits, int exp) SplitScientific(string s)
    {
        var e = s.IndexOf('E');
        var mantissa = s[..e].Replace(".", "");
        var exp = int.Parse(s[(e + 1)..], Inv);
        mantissa = mantissa.TrimEnd('0');
        if (mantissa.Length == 0) mantissa = "0";
        return (mantissa, exp);
    }

    private static string Layout(bool negative, string digits, int exp, int lowExp, int highExp, bool addDotZero)
    {
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        if (exp >= lowExp && exp < highExp)
        {
            if (exp < 0)
            {
                sb.Append("0.").Append('0', -exp - 1).Append(digits);
            }
            else if (digits.Length <= exp + 1)
            {
                sb.Append(digits).Append('0', exp + 1 - digits.Length);
                if (addDotZero) sb.Append(".0");
            }
            else
            {
                sb.Append(digits, 0, exp + 1).Append('.').Append(digits, exp + 1, digits.Length - exp - 1);
            }
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            sb.Append('e').Append(exp < 0 ? '-' : '+').Append(Math.Abs(exp).ToString("00", Inv));
        }
        return sb.ToString();
    }

    /// <summary>
    /// The %e, %f, %g (and upper-case) conversions. alternate is the '#' flag; addDotZero is str()'s rule.
    /// Signs and padding are the caller's business except the '-' of negative numbers.
    /// </summary>
    public static string Format(double v, char kind, int precision, bool alternate = false, bool addDotZero = false)
    {
        var upper = char.IsUpper(kind);
        var k = char.ToLowerInvariant(kind);
        if (!double.IsFinite(v))
        {
            var text = NonFinite(v);
            return upper ? text.ToUpperInvariant() : text;
        }
        string result;
        switch (k)
        {
            case 'f':
                result = FixedDigits(v, precision, alternate);
                break;
            case 'e':
                result = Scientific(v, precision, alternate);
                break;
            default: // 'g'
                {
                    if (precision == 0) precision = 1;
                    if (v == 0)
                    {
                        result = double.IsNegative(v) ? "-0" : "0";
                        if (alternate) result += "." + new string('0', precision - 1);
                        if (addDotZero && !alternate) result += ".0";
                        break;
                    }
                    var sci = Math.Abs(v).ToString("E" + (precision - 1), Inv);
                    var exp = int.Parse(sci[(sci.IndexOf('E') + 1)..], Inv);
                    // With addDotZero (str(), format's empty type) CPython switches to exponent one digit earlier.
                    if (exp >= -4 && exp < (addDotZero ? precision - 1 : precision))
                    {
                        result = FixedDigits(v, precision - 1 - exp, alternate);
                        if (!alternate) result = StripZeros(result);
                        if (addDotZero && !result.Contains('.')) result += ".0";
                    }
                    else
                    {
                        result = Scientific(v, precision - 1, alternate);
                        if (!alternate)
                        {
                            var e = result.IndexOf('e');
                            result = StripZeros(result[..e]) + result[e..];
                        }
                    }
                    break;
                }
        }
        return upper ? result.ToUpperInvariant() : result;
    }

    private static string StripZeros(string s)
    {
        if (!s.Contains('.')) return s;
        s = s.TrimEnd('0');
        return s.EndsWith('.') ? s[..^1] : s;
    }

    private static string FixedDigits(double v, int precision, bool alternate)
    {
        var s = v.ToString("F" + precision, Inv);
        if (v == 0 && double.IsNegative(v) && !s.StartsWith('-')) s = "-" + s;
        if (alternate && precision == 0) s += ".";
        return s;
    }

    private static string Scientific(double v, int precision, bool alternate)
    {
        var s = Math.Abs(v).ToString("E" + precision, Inv);
        var e = s.IndexOf('E');
        var exp = int.Parse(s[(e + 1)..], Inv);
        var mantissa = s[..e];
        if (alternate && precision == 0) mantissa += ".";
        var sign = v < 0 || (v == 0 && double.IsNegative(v)) ? "-" : "";
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", Inv);
    }
}
