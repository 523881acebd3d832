using System.Numerics;
using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Numbers, characters and padding of the % conversions (CPython 2.7 formatint, formatchar and the padding loop).</summary>
public sealed partial class FormatSpec
{
    /// <summary>
    /// The integer for %d %i %u %o %x %X: ints and longs as they are, floats truncated, other numbers through
    /// __int__/__long__; null when the value is not a number (or is inf/nan).
    /// </summary>
    private static BigInteger? IntegerValue(PyObject value)
    {
        switch (value)
        {
            case PyInt i: return i.Value;
            case PyLong l: return l.Value;
            case PyFloat f: return double.IsFinite(f.Value) ? new BigInteger(Math.Truncate(f.Value)) : null;
            case PyBaseString or PyComplex: return null;
        }
        foreach (var name in new[] { "__int__", "__long__" })
        {
            PyObject? conv = value is PyInstance inst ? inst.Class.LookupOrNull(name) : value.Type.IsHeapType ? value.Type.LookupOverride(name) : null;
            if (conv is null) continue;
            var r = Ops.CallFunction(conv, value);
            if (r is PyInt ri) return ri.Value;
            if (r is PyLong rl) return rl.Value;
        }
        return null;
    }

    /// <summary>Sign, alternate prefix and digits ("-0x00ff"); the precision is a minimum digit count.</summary>
    private string FormatInteger(BigInteger n)
    {
        var radix = Conversion switch { 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        var digits = ToRadix(BigInteger.Abs(n), radix);
        if (Conversion == 'X') digits = digits.ToUpperInvariant();
        if (Precision > digits.Length) MemoryBudget.ReserveChars(Precision);
        if (Precision > digits.Length) digits = new string('0', Precision - digits.Length) + digits;
        var prefix = "";
        if (Alternate)
        {
            if (radix == 8 && digits[0] != '0') prefix = "0";
            else if (radix == 16) prefix = Conversion == 'X' ? "0X" : "0x";
        }
        return (n.Sign < 0 ? "-" : "") + prefix + digits;
    }

    public static string ToRadix(BigInteger v, int radix)
    {
        if (radix == 10) return BigDigits.ToDecimal(v);
        if (radix is 2 or 8 or 16) return BigDigits.ToPowerOfTwoRadix(v, radix);
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero)
        {
            var d = (int)(v % radix);
            sb.Insert(0, (char)(d < 10 ? '0' + d : 'a' + d - 10));
            v /= radix;
        }
        return sb.ToString();
    }

    /// <summary>%c in a str format: a one-character str or an int 0–255 (PyArg_Parse "b" messages).</summary>
    private static string ByteChar(PyObject value)
    {
        if (value is PyStr s)
            return s.Value.Length == 1 ? s.Value : throw PyErr.TypeError("%c requires int or char");
        if (value is PyFloat) throw PyErr.TypeError("integer argument expected, got float");
        var n = IntegerValue(value) ?? throw PyErr.TypeError("%c requires int or char");
        if (n > long.MaxValue || n < long.MinValue) throw PyErr.OverflowError("Python int too large to convert to C long");
        if (n < 0) throw PyErr.OverflowError("unsigned byte integer is less than minimum");
        if (n > 255) throw PyErr.OverflowError("unsigned byte integer is greater than maximum");
        return ((char)(int)n).ToString();
    }

    /// <summary>%c in a unicode format: a one-character string or a code point.</summary>
    private static string UnicodeChar(PyObject value)
    {
        if (value is PyBaseString s)
        {
            var text = s is PyStr ? Codecs.DecodeDefault(s.Value) : s.Value;
            return text.Length == 1 ? text : throw PyErr.TypeError("%c requires int or char");
        }
        var n = IntegerValue(value) ?? throw PyErr.TypeError("%c requires int or char");
        if (n < 0 || n > 0x10FFFF) throw PyErr.OverflowError("%c arg not in range(0x110000) (wide Python build)");
        return n < 0x10000 ? ((char)(int)n).ToString() : char.ConvertFromUtf32((int)n);
    }

    /// <summary>Width padding for text conversions (the '0' flag does not apply).</summary>
    public string Pad(string text)
    {
        if (Width <= text.Length) return text;
        MemoryBudget.ReserveChars(Width);
        return LeftAlign ? text.PadRight(Width) : text.PadLeft(Width);
    }

    /// <summary>
    /// Numeric padding: the sign (from the text, or '+'/' ' flags) and a 0x prefix stay in front of '0' fill;
    /// '-' pads on the right with spaces.
    /// </summary>
    private string PadNumber(string body, bool hexPrefix)
    {
        var sign = "";
        if (body.Length > 0 && body[0] is '-' or '+' or ' ') { sign = body[..1]; body = body[1..]; }
        else if (Plus) sign = "+";
        else if (Space) sign = " ";
        var prefix = "";
        if (hexPrefix && body.Length >= 2 && body[0] == '0' && body[1] is 'x' or 'X') { prefix = body[..2]; body = body[2..]; }
        var len = sign.Length + prefix.Length + body.Length;
        if (Width <= len) return sign + prefix + body;
        MemoryBudget.ReserveChars(Width);
        var n = Width - len;
        if (LeftAlign) return sign + prefix + body + new string(' ', n);
        if (ZeroPad) return sign + prefix + new string('0', n) + body;
        return new string(' ', n) + sign + prefix + body;
    }
}
