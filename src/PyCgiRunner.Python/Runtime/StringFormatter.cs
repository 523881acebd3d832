using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The % operator on str and unicode (library reference §5.6.2, "String Formatting Operations"), following
/// CPython 2.7's PyString_Format: a tuple supplies the arguments one by one, any other object is the single argument,
/// and an object with __getitem__ (not a tuple or string) may also serve %(key)s lookups.
/// </summary>
public static partial class StringFormatter
{
    public static PyObject Format(PyBaseString format, PyObject args) => Run(format.Value, 0, args, 0, format is PyUnicode, "");

    /// <summary>
    /// Formats fmt from position start. A str format that meets a unicode value continues as unicode: what was
    /// produced so far is decoded as ASCII, and the rest of the format (from the current conversion) is formatted
    /// as unicode with the arguments not yet used, as CPython 2.7 does.
    /// </summary>
    private static PyObject Run(string fmt, int start, PyObject args, int firstArg, bool unicode, string prefix)
    {
        PyObject current = args;
        int argLength, argIndex;
        if (args is PyTuple t) { argLength = t.Count; argIndex = firstArg; }
        else { argLength = -1; argIndex = -2; }
        var mapping = args is not PyTuple && args is not PyBaseString && IsMapping(args) ? args : null;
        var sb = new StringBuilder(prefix, fmt.Length + prefix.Length + 16);
        var i = start;
        while (i < fmt.Length)
        {
            var c = fmt[i];
            if (c != '%') { sb.Append(c); i++; continue; }
            var specStart = i;
            var argsBefore = argIndex;
            i++;
            var spec = FormatSpec.Parse(fmt, ref i, ref current, ref argLength, ref argIndex, mapping, unicode);
            string text;
            if (spec.Conversion == '%') text = spec.Pad("%");
            else
            {
                var value = NextArg(current, argLength, ref argIndex);
                var rendered = spec.Render(value, unicode);
                if (rendered is null)
                {
                    // Switch to unicode for the rest (only a str format gets here).
                    var restArgs = args is PyTuple tt && argsBefore > 0 ? new PyTuple(tt.Items[argsBefore..]) : args;
                    var rest = Codecs.DecodeDefault(fmt[specStart..]);
                    return Run(rest, 0, restArgs, 0, unicode: true, Codecs.DecodeDefault(sb.ToString()));
                }
                text = rendered;
            }
            sb.Append(text);
            if (mapping is not null && argIndex < argLength && spec.Conversion != '%')
                throw PyErr.TypeError("not all arguments converted during string formatting");
        }
        if (argIndex < argLength && mapping is null)
            throw PyErr.TypeError("not all arguments converted during string formatting");
        var result = sb.ToString();
        return unicode ? new PyUnicode(result) : PyStr.From(result);
    }

    /// <summary>Types with a mapping subscript in CPython: dict, list, bytearray, classic instances, classes with __getitem__.</summary>
    private static bool IsMapping(PyObject o)
        => o is PyDict or PyList or PyInstance || o is Builtins.PyByteArray || o.Type.Lookup("__getitem__") is not null;

    /// <summary>getnextarg: a tuple gives its items in turn; a single argument is used once.</summary>
    internal static PyObject NextArg(PyObject args, int argLength, ref int argIndex)
    {
        if (argIndex < argLength)
        {
            argIndex++;
            return argLength < 0 ? args : ((PyTuple)args).Items[argIndex - 1];
        }
        throw PyErr.TypeError("not enough arguments for format string");
    }
}
