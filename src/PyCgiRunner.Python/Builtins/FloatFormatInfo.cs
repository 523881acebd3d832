using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>
/// float.__getformat__ and float.__setformat__ (CPython's test hooks for the machine's float layout). Doubles are
/// IEEE 754 little-endian here; a test may declare them 'unknown', which lasts for its own run only.
/// </summary>
public static class FloatFormatInfo
{
    private const string Native = "IEEE, little-endian";

    public static void Setup(PyType f)
    {
        TypeSetup.ClassMethod(f, "__getformat__", (args, kw) =>
        {
            Args.Count("__getformat__", args[1..], kw, 1, 1);
            return PyStr.From(Current(Kind(args[1], "__getformat__")));
        });
        TypeSetup.ClassMethod(f, "__setformat__", (args, kw) =>
        {
            Args.Count("__setformat__", args[1..], kw, 2, 2);
            var kind = Kind(args[1], "__setformat__");
            var format = Args.Str(args[2], "format");
            if (format is not ("unknown" or "IEEE, little-endian" or "IEEE, big-endian"))
                throw PyErr.ValueError("__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'");
            if (format != "unknown" && format != Native)
                throw PyErr.ValueError($"can only set {kind} format to 'unknown' or the detected platform value");
            (PyContext.Current.FloatFormats ??= new())[kind] = format;
            return PyNone.Instance;
        });
    }

    private static string Kind(PyObject arg, string function)
    {
        var kind = Args.Str(arg, "typestr");
        return kind is "double" or "float" ? kind : throw PyErr.ValueError($"{function}() argument 1 must be 'double' or 'float'");
    }

    private static string Current(string kind)
        => PyContext.Current.FloatFormats is { } set && set.TryGetValue(kind, out var format) ? format : Native;
}
