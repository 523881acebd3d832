using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>format(value, spec) and the format-spec mini language of builtin types.</summary>
public static partial class Formatting
{
    public static PyObject Format(PyObject value, PyObject spec)
    {
        var specText = spec is PyBaseString s ? s.Value : throw PyErr.TypeError("format() argument 2 must be string");
        var f = value is PyInstance inst ? inst.Class.LookupOrNull("__format__") : value.Type.Lookup("__format__");
        if (f is null || (f is PyBuiltinMethodDescriptor && value is PyInstance))
            return FormatBuiltin(value, specText);
        var r = TypeCalls.CallBound(f, value, [spec], null);
        if (r is not PyBaseString) throw PyErr.TypeError("__format__ method did not return string");
        return r;
    }
}
