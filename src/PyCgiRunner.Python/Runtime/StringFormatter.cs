using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>The % operator on str and unicode (Python 2.7 library reference §5.6.2, "String Formatting Operations").</summary>
public static partial class StringFormatter
{
    public static PyObject Format(PyBaseString format, PyObject args)
    {
        if (format is PyStr)
        {
            try { return FormatCore(format, args); }
            catch (RestartAsUnicode) { return FormatCore(new PyUnicode(Codecs.DecodeDefault(format.Value)), args); }
        }
        return FormatCore(format, args);
    }

    private static PyObject FormatCore(PyBaseString format, PyObject args)
    {
        var unicode = format is PyUnicode;
        var fmt = format.Value;
        PyObject[] values;
        PyObject? mapping = null;
        if (args is PyTuple t && !t.Type.IsHeapType) values = t.Items;
        else
        {
            values = [args];
            if (args is not PyBaseString && (args is PyDict || Ops.GetAttrOrNull(args, "__getitem__") is not null) && args is not PyTuple) mapping = args;
        }
        var sb = new StringBuilder(fmt.Length + 16);
        var argIndex = 0;
        var i = 0;
        while (i < fmt.Length)
        {
            var c = fmt[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= fmt.Length) throw PyErr.ValueError("incomplete format");
            var spec = FormatSpec.Parse(fmt, ref i, values, ref argIndex, mapping);
            if (spec.Conversion == '%') { sb.Append('%'); continue; }
            var value = spec.Key is not null ? Ops.GetItem(mapping!, spec.Key) : NextArg(values, ref argIndex);
            var text = spec.Render(value, ref unicode);
            sb.Append(text);
        }
        if (mapping is null && argIndex < values.Length)
            throw PyErr.TypeError("not all arguments converted during string formatting");
        var result = sb.ToString();
        return unicode ? new PyUnicode(result) : PyStr.From(result);
    }

    internal static PyObject NextArg(PyObject[] values, ref int index)
    {
        if (index >= values.Length) throw PyErr.TypeError("not enough arguments for format string");
        return values[index++];
    }
}
