using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>format(value, spec) and the format-spec mini language of builtin types.</summary>
public static partial class Formatting
{
    public static PyObject Format(PyObject value, PyObject spec)
    {
        var specText = spec is PyBaseString s ? s.Value : throw PyErr.TypeError($"format expects arg 2 to be string or unicode, not {spec.Type.Name}");
        var f = value is PyInstance inst ? inst.Class.LookupOrNull("__format__") : value.Type.Lookup("__format__");
        var r = f is null || (f is PyBuiltinMethodDescriptor && value is PyInstance)
            ? FormatBuiltin(value, specText)
            : TypeCalls.CallBound(f, value, [spec], null);
        if (r is not PyBaseString) throw PyErr.TypeError("__format__ method did not return string");
        // PyObject_Format: a unicode spec makes the result unicode.
        if (spec is PyUnicode && r is PyStr rs) return new PyUnicode(Codecs.DecodeDefault(rs.Value));
        return r;
    }
}
