using System.Numerics;
using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>One %-conversion: %[(key)][flags][width][.precision][length]type.</summary>
public sealed class FormatSpec
{
    public PyObject? Key;
    public bool LeftAlign, Plus, Space, Alternate, ZeroPad;
    public int Width = -1, Precision = -1;
    public char Conversion;

    public static FormatSpec Parse(string fmt, ref int i, PyObject[] values, ref int argIndex, PyObject? mapping)
    {
        var spec = new FormatSpec();
        if (fmt[i] == '(')
        {
            if (mapping is null) throw PyErr.TypeError("format requires a mapping");
            var depth = 1;
            var start = ++i;
            while (i < fmt.Length && depth > 0)
            {
                if (fmt[i] == '(') depth++;
                else if (fmt[i] == ')') depth--;
                i++;
            }
            if (depth > 0) throw PyErr.ValueError("incomplete format key");
            var key = fmt.Substring(start, i - 1 - start);
            spec.Key = PyStr.From(key);
        }
        for (; i < fmt.Length; i++)
        {
            switch (fmt[i])
            {
                case '-': spec.LeftAlign = true; continue;
                case '+': spec.Plus = true; continue;
                case ' ': spec.Space = true; continue;
                case '#': spec.Alternate = true; continue;
                case '0': spec.ZeroPad = true; continue;
            }
            break;
        }
        if (i < fmt.Length && fmt[i] == '*')
        {
            i++;
            spec.Width = (int)Ops.ToLong(StringFormatter.NextArg(values, ref argIndex));
            if (spec.Width < 0) { spec.LeftAlign = true; spec.Width = -spec.Width; }
        }
        else spec.Width = ReadNumber(fmt, ref i);
        if (i < fmt.Length && fmt[i] == '.')
        {
            i++;
            if (i < fmt.Length && fmt[i] == '*')
            {
                i++;
                spec.Precision = Math.Max(0, (int)Ops.ToLong(StringFormatter.NextArg(values, ref argIndex)));
            }
            else spec.Precision = Math.Max(0, ReadNumber(fmt, ref i));
        }
        while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
        if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
        spec.Conversion = fmt[i++];
        return spec;
    }

    private static int ReadNumber(string s, ref int i)
    {
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return -1;
        var n = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i])) n = n * 10 + (s[i++] - '0');
        return n;
    }

    /// <summary>Renders one value; sets unicode when the result must become a unicode string.</summary>
    public string Render(PyObject value, ref bool unicode)
    {
        switch (Conversion)
        {
            case 's':
                {
                    string text;
                    var obj = value is PyUnicode ? value : Ops.StrObject(value);
                    if (obj is PyUnicode u)
                    {
                        if (!unicode) throw new RestartAsUnicode();
                        text = u.Value;
                    }
                    else text = unicode ? Codecs.DecodeDefault(((PyStr)obj).Value) : ((PyStr)obj).Value;
                    if (Precision >= 0 && text.Length > Precision) text = text[..Precision];
                    return Pad(text, numeric: false);
                }
            case 'r':
                {
                    var text = Ops.Repr(value);
                    if (Precision >= 0 && text.Length > Precision) text = text[..Precision];
                    return Pad(text, numeric: false);
                }
            case 'c':
                {
                    string text;
                    if (value is PyBaseString s)
                    {
                        if (s.Value.Length != 1) throw PyErr.TypeError("%c requires int or char");
                        if (s is PyUnicode && !unicode) throw new RestartAsUnicode();
                        text = s.Value;
                    }
                    else
                    {
                        var code = Ops.ToLong(IntegerArg(value, "%c requires int or char"));
                        if (!unicode && (code < 0 || code > 255)) throw PyErr.OverflowError("unsigned byte integer is greater than maximum");
                        text = unicode ? char.ConvertFromUtf32((int)code) : ((char)code).ToString();
                    }
                    return Pad(text, numeric: false);
                }
            case 'd' or 'i' or 'u':
                return FormatInteger(IntegerArg(value, $"%{Conversion} format: a number is required, not {value.Type.Name}"), 10, false);
            case 'o':
                return FormatInteger(IntegerArg(value, $"%o format: a number is required, not {value.Type.Name}", allowFloat: false), 8, false);
            case 'x' or 'X':
                return FormatInteger(IntegerArg(value, $"%{Conversion} format: a number is required, not {value.Type.Name}", allowFloat: false), 16, Conversion == 'X');
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    double d;
                    try { d = Ops.ToDouble(value); }
                    catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError)) { throw PyErr.TypeError("float argument required, not " + value.Type.Name); }
                    var kind = Conversion;
                    var precision = Precision < 0 ? 6 : Precision;
                    if (kind is 'f' or 'F' && Math.Abs(d) >= 1e50) kind = kind == 'f' ? 'g' : 'G';
                    var text = FloatFormat.Format(d, kind, precision, Alternate);
                    return SignAndPad(text);
                }
        }
        throw PyErr.ValueError($"unsupported format character '{Conversion}' (0x{(int)Conversion:x}) at index");
    }

    private static PyObject IntegerArg(PyObject value, string error, bool allowFloat = true)
    {
        switch (value)
        {
            case PyInt or PyLong: return value;
            case PyFloat f:
                if (!allowFloat) throw PyErr.TypeError(error);
                return PyInt.FromBig(new BigInteger(Math.Truncate(f.Value)));
        }
        var type = value.Type;
        PyObject? conv = type.IsHeapType ? type.LookupOverride("__int__") : value is PyInstance inst ? inst.Class.LookupOrNull("__int__") : null;
        if (conv is not null) return Ops.CallFunction(conv, value);
        throw PyErr.TypeError(error);
    }

    private string FormatInteger(PyObject value, int radix, bool upper)
    {
        var big = Ops.ToBigInteger(value);
        var negative = big.Sign < 0;
        var digits = ToRadix(BigInteger.Abs(big), radix);
        if (upper) digits = digits.ToUpperInvariant();
        if (Precision > digits.Length) digits = new string('0', Precision - digits.Length) + digits;
        var prefix = "";
        if (Alternate)
        {
            if (radix == 8 && !digits.StartsWith('0')) prefix = "0";
            else if (radix == 16) prefix = upper ? "0X" : "0x";
        }
        return SignAndPad(prefix + digits, negative);
    }

    public static string ToRadix(BigInteger v, int radix)
    {
        if (radix == 10) return v.ToString();
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

    private string SignAndPad(string body, bool? negative = null)
    {
        var neg = negative ?? body.StartsWith('-');
        if (negative is null && neg) body = body[1..];
        var sign = neg ? "-" : Plus ? "+" : Space ? " " : "";
        if (ZeroPad && !LeftAlign && Width > sign.Length + body.Length && !body.Contains("inf") && !body.Contains("nan"))
        {
            var prefixLen = body.StartsWith("0x") || body.StartsWith("0X") ? 2 : 0;
            return sign + body[..prefixLen] + new string('0', Width - sign.Length - body.Length) + body[prefixLen..];
        }
        return Pad(sign + body, numeric: true);
    }

    private string Pad(string text, bool numeric)
    {
        if (Width <= text.Length) return text;
        return LeftAlign ? text.PadRight(Width) : text.PadLeft(Width);
    }
}

/// <summary>Signals that a str format met a unicode argument: CPython then formats the whole thing as unicode.</summary>
public sealed class RestartAsUnicode : Exception { }
