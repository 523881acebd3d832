using System.Numerics;
using System.Text;
using PyCgiRunner.Python.Builtins;

namespace PyCgiRunner.Python.Runtime;

/// <summary>One %-conversion: %[(key)][flags][width][.precision][length]type (library reference §5.6.2).</summary>
public sealed partial class FormatSpec
{
    public bool LeftAlign, Plus, Space, Alternate, ZeroPad;
    public int Width = -1, Precision = -1;
    public char Conversion;

    /// <summary>
    /// Parses after the '%'. A (key) replaces the current arguments by mapping[key]; '*' takes the width or
    /// precision from the arguments.
    /// </summary>
    public static FormatSpec Parse(string fmt, ref int i, ref PyObject args, ref int argLength, ref int argIndex, PyObject? mapping, bool unicode)
    {
        var spec = new FormatSpec();
        if (i < fmt.Length && fmt[i] == '(')
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
            args = Ops.GetItem(mapping, unicode ? new PyUnicode(key) : PyStr.From(key));
            argLength = -1;
            argIndex = -2;
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
            spec.Width = StarArg(StringFormatter.NextArg(args, argLength, ref argIndex));
            if (spec.Width < 0) { spec.LeftAlign = true; spec.Width = -spec.Width; }
        }
        else spec.Width = ReadNumber(fmt, ref i, "width too big");
        if (i < fmt.Length && fmt[i] == '.')
        {
            i++;
            if (i < fmt.Length && fmt[i] == '*')
            {
                i++;
                spec.Precision = Math.Max(0, StarArg(StringFormatter.NextArg(args, argLength, ref argIndex)));
            }
            else spec.Precision = Math.Max(0, ReadNumber(fmt, ref i, "prec too big"));
        }
        if (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
        if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
        spec.ConversionIndex = i;
        spec.Conversion = fmt[i++];
        return spec;
    }

    private static int StarArg(PyObject o)
    {
        if (o is not PyInt i) throw PyErr.TypeError("* wants int");
        if (i.Value > int.MaxValue / 2 || i.Value < -int.MaxValue / 2) throw PyErr.MemoryError();
        return (int)i.Value;
    }

    private static int ReadNumber(string s, ref int i, string tooBig)
    {
        if (i >= s.Length || !char.IsAsciiDigit(s[i])) return -1;
        long n = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            n = n * 10 + (s[i++] - '0');
            if (n > int.MaxValue) throw PyErr.ValueError(tooBig);
        }
        return (int)n;
    }

    /// <summary>
    /// Renders one value. Returns null when a str format meets a unicode value (the caller continues as unicode).
    /// </summary>
    public string? Render(PyObject value, bool unicode)
    {
        switch (Conversion)
        {
            case 's':
                {
                    if (!unicode && value is PyUnicode) return null;
                    string text;
                    if (unicode) text = StrType.ToUnicode(value, null, null);
                    else
                    {
                        var obj = Ops.StrObject(value);
                        if (obj is PyUnicode) return null;
                        text = ((PyStr)obj).Value;
                    }
                    return Pad(Truncate(text));
                }
            case 'r':
                {
                    var text = Ops.Repr(value);
                    return Pad(Truncate(unicode ? Codecs.DecodeDefault(text) : text));
                }
            case 'c':
                {
                    if (!unicode && value is PyUnicode) return null;
                    return Pad(unicode ? UnicodeChar(value) : ByteChar(value));
                }
            case 'd' or 'i' or 'u' or 'o' or 'x' or 'X':
                {
                    var name = Conversion == 'i' ? 'd' : Conversion;
                    // The common case, a plain int under %d with no precision, needs no BigInteger.
                    if (value.GetType() == typeof(PyInt) && Conversion is 'd' or 'i' or 'u' && Precision < 0)
                        return PadNumber(((PyInt)value).Value.ToString(System.Globalization.CultureInfo.InvariantCulture), hexPrefix: false);
                    var n = IntegerValue(value) ?? throw PyErr.TypeError($"%{name} format: a number is required, not {value.Type.Name}");
                    return PadNumber(FormatInteger(n), hexPrefix: Alternate && Conversion is 'x' or 'X');
                }
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                {
                    double d;
                    try { d = Ops.ToDouble(value); }
                    catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError) || e.IsInstance(BuiltinTypes.OverflowError))
                    {
                        throw PyErr.TypeError("float argument required, not " + value.Type.Name);
                    }
                    return PadNumber(FloatFormat.Format(d, Conversion, Precision < 0 ? 6 : Precision, Alternate), hexPrefix: false);
                }
        }
        throw PyErr.ValueError($"unsupported format character '{(!unicode || Conversion is >= ' ' and <= '~' ? Conversion : '?')}' (0x{(int)Conversion:x}) at index {ConversionIndex}");
    }

    /// <summary>Where the conversion character stands in the format (for the "unsupported format character" message).</summary>
    public int ConversionIndex;

    private string Truncate(string text) => Precision >= 0 && text.Length > Precision ? text[..Precision] : text;
}

