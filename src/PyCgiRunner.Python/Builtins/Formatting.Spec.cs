using System.Globalization;
using System.Numerics;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

public static partial class Formatting
{
    /// <summary>[[fill]align][sign][#][0][width][,][.precision][type] (library reference §7.1.3.1).</summary>
    private sealed record Spec(char Fill, char Align, char Sign, bool Alternate, int Width, bool Comma, int Precision, char Type)
    {
        /// <summary>True when the spec spelled a sign ('-' included), which strings and %c reject.</summary>
        public bool ExplicitSign { get; init; }
    }

    private static Spec ParseSpec(string s)
    {
        var i = 0;
        char fill = ' ', align = '\0', sign = '-';
        if (s.Length >= 2 && s[1] is '<' or '>' or '=' or '^') { fill = s[0]; align = s[1]; i = 2; }
        else if (s.Length >= 1 && s[0] is '<' or '>' or '=' or '^') { align = s[0]; i = 1; }
        var explicitSign = false;
        if (i < s.Length && s[i] is '+' or '-' or ' ') { sign = s[i++]; explicitSign = true; }
        var alt = false;
        if (i < s.Length && s[i] == '#') { alt = true; i++; }
        if (i < s.Length && s[i] == '0')
        {
            if (align == '\0') { fill = '0'; align = '='; }
            i++;
        }
        var width = -1;
        var start = i;
        while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
        if (i > start) width = SpecNumber(s[start..i]);
        var comma = false;
        if (i < s.Length && s[i] == ',') { comma = true; i++; }
        var precision = -1;
        if (i < s.Length && s[i] == '.')
        {
            i++;
            start = i;
            while (i < s.Length && char.IsAsciiDigit(s[i])) i++;
            if (i == start) throw PyErr.ValueError("Format specifier missing precision");
            precision = SpecNumber(s[start..i]);
        }
        var type = '\0';
        if (i < s.Length) type = s[i++];
        if (i < s.Length) throw PyErr.ValueError("Invalid conversion specification");
        return new Spec(fill, align, sign, alt, width, comma, precision, type) { ExplicitSign = explicitSign };
    }

    public static PyObject FormatBuiltin(PyObject value, string specText)
    {
        var unicode = value is PyUnicode;
        if (specText.Length == 0)
            return value is PyBaseString ? value : Ops.StrObject(value);
        var spec = ParseSpec(specText);
        string result;
        switch (value)
        {
            case PyInt or PyLong when spec.Type is '\0' or 'd' or 'b' or 'o' or 'x' or 'X' or 'c' or 'n':
                CheckComma(spec, spec.Type == '\0' ? 'd' : spec.Type);
                result = FormatInteger(Ops.ToBigInteger(value), spec);
                break;
            case PyInt or PyLong or PyFloat when spec.Type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n' or '\0':
                CheckComma(spec, spec.Type);
                if (spec.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in float format specifier");
                result = FormatFloat(Ops.ToDouble(value), spec);
                break;
            case PyInt or PyLong or PyFloat:
                throw PyErr.ValueError($"Unknown format code '{spec.Type}' for object of type '{value.Type.Name}'");
            default:
                // Strings, and any object through object.__format__, which formats str(obj).
                var text = value is PyBaseString s ? s.Value : Ops.Str(value);
                CheckComma(spec, spec.Type == '\0' ? 's' : spec.Type);
                if (spec.Type is not ('\0' or 's'))
                    throw PyErr.ValueError($"Unknown format code '{spec.Type}' for object of type '{(value is PyUnicode ? "unicode" : "str")}'");
                if (spec.Sign != '-' || spec.ExplicitSign) throw PyErr.ValueError("Sign not allowed in string format specifier");
                if (spec.Alternate) throw PyErr.ValueError("Alternate form (#) not allowed in string format specifier");
                if (spec.Align == '=') throw PyErr.ValueError("'=' alignment not allowed in string format specifier");
                result = Pad(spec.Precision >= 0 && text.Length > spec.Precision ? text[..spec.Precision] : text, spec, '<');
                break;
        }
        return unicode ? new PyUnicode(result) : PyStr.From(result);
    }

    /// <summary>PEP 378: ',' only with d, e, f, g, E, G, %, F and no type.</summary>
    private static void CheckComma(Spec spec, char type)
    {
        if (spec.Comma && type is not ('d' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'))
            throw PyErr.ValueError($"Cannot specify ',' with '{type}'.");
    }

    private static string FormatInteger(BigInteger v, Spec spec)
    {
        if (spec.Precision >= 0) throw PyErr.ValueError("Precision not allowed in integer format specifier");
        if (spec.Type == 'c')
        {
            if (spec.Sign != '-' || spec.ExplicitSign) throw PyErr.ValueError("Sign not allowed with integer format specifier 'c'");
            if (v < 0 || v > 255) throw PyErr.OverflowError("%c arg not in range(0x100)");
            return Pad(((char)(int)v).ToString(), spec, '>');
        }
        var neg = v.Sign < 0;
        var abs = BigInteger.Abs(v);
        var digits = spec.Type switch
        {
            'b' => FormatSpec.ToRadix(abs, 2),
            'o' => FormatSpec.ToRadix(abs, 8),
            'x' => FormatSpec.ToRadix(abs, 16),
            'X' => FormatSpec.ToRadix(abs, 16).ToUpperInvariant(),
            _ => abs.ToString(),
        };
        var prefix = spec.Alternate ? spec.Type switch { 'b' => "0b", 'o' => "0o", 'x' => "0x", 'X' => "0X", _ => "" } : "";
        if (spec.Comma) digits = GroupPadded(digits, spec, (neg || spec.Sign is '+' or ' ' ? 1 : 0) + prefix.Length);
        return SignPad(neg, prefix + digits, spec, prefix.Length);
    }

    /// <summary>With ',' and zero padding the padding zeros are grouped too ("00,001,234").</summary>
    private static string GroupPadded(string digits, Spec spec, int reserved)
    {
        var grouped = GroupThousands(digits);
        if (spec.Fill != '0' || spec.Align != '=') return grouped;
        var target = spec.Width - reserved;
        while (grouped.Length < target)
        {
            digits = "0" + digits;
            grouped = GroupThousands(digits);
        }
        return grouped;
    }

    private static string FormatFloat(double d, Spec spec)
    {
        var type = spec.Type == 'n' ? 'g' : spec.Type;
        var precision = spec.Precision;
        string body;
        var neg = d < 0 || (d == 0 && double.IsNegative(d));
        var abs = Math.Abs(d);
        if (type == '%')
        {
            body = FloatFormat.Format(abs * 100, 'f', precision < 0 ? 6 : precision, spec.Alternate) + "%";
        }
        else if (type == '\0')
        {
            body = precision < 0 ? FloatFormat.Str(abs) : FloatFormat.Format(abs, 'g', precision, spec.Alternate, addDotZero: true);
        }
        else
        {
            body = FloatFormat.Format(abs, type, precision < 0 ? 6 : precision, spec.Alternate);
        }
        if (spec.Comma)
        {
            var dot = body.IndexOfAny(['.', 'e', 'E', '%']);
            var intPart = dot < 0 ? body : body[..dot];
            if (intPart.All(char.IsAsciiDigit))
            {
                var tail = dot < 0 ? "" : body[dot..];
                body = GroupPadded(intPart, spec, (neg || spec.Sign is '+' or ' ' ? 1 : 0) + tail.Length) + tail;
            }
        }
        return SignPad(neg, body, spec, 0);
    }

    private static string GroupThousands(string digits)
    {
        var chars = new List<char>();
        for (var i = 0; i < digits.Length; i++)
        {
            if (i > 0 && (digits.Length - i) % 3 == 0) chars.Add(',');
            chars.Add(digits[i]);
        }
        return new string(chars.ToArray());
    }

    private static string SignPad(bool negative, string body, Spec spec, int prefixLength)
    {
        var sign = negative ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
        var align = spec.Align == '\0' ? '>' : spec.Align;
        if (spec.Width > sign.Length + body.Length) MemoryBudget.ReserveChars(spec.Width);
        if (align == '=' && spec.Width > sign.Length + body.Length)
            return sign + body[..prefixLength] + new string(spec.Fill, spec.Width - sign.Length - body.Length) + body[prefixLength..];
        return Pad(sign + body, spec with { Align = align }, '>');
    }

    private static string Pad(string text, Spec spec, char defaultAlign)
    {
        if (spec.Width <= text.Length) return text;
        MemoryBudget.ReserveChars(spec.Width);
        var n = spec.Width - text.Length;
        return (spec.Align == '\0' ? defaultAlign : spec.Align) switch
        {
            '<' => text + new string(spec.Fill, n),
            '^' => new string(spec.Fill, n / 2) + text + new string(spec.Fill, n - n / 2),
            '=' => new string(spec.Fill, n) + text,
            _ => new string(spec.Fill, n) + text,
        };
    }

    // Objects/stringlib/formatter.h get_integer: a width or precision past Py_ssize_t is refused.
    // A width that fits but cannot be allocated is CPython's MemoryError.
    private static int SpecNumber(string digits)
    {
        if (!long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            throw PyErr.ValueError("Too many decimal digits in format string");
        if (n > MemoryBudget.MaxElements) throw PyErr.MemoryError();
        return (int)n;
    }
}
