using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>Argument checking for builtin functions and methods, with CPython 2.7's messages.</summary>
public static class Args
{
    /// <summary>Positional-only: between min and max arguments, no keywords.</summary>
    public static void Count(string name, PyObject[] args, string[]? kw, int min, int max)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        var n = args.Length;
        if (n >= min && n <= max) return;
        if (min == max)
        {
            if (min == 0) throw PyErr.TypeError($"{name}() takes no arguments ({n} given)");
            if (min == 1) throw PyErr.TypeError($"{name}() takes exactly one argument ({n} given)");
            throw PyErr.TypeError($"{name}() takes exactly {min} arguments ({n} given)");
        }
        if (n < min) throw PyErr.TypeError($"{name} expected at least {min} arguments, got {n}");
        throw PyErr.TypeError($"{name} expected at most {max} arguments, got {n}");
    }

    /// <summary>
    /// Binds positional and keyword arguments to the given parameter names; missing optional ones are null.
    /// </summary>
    public static PyObject?[] Bind(string name, PyObject[] args, string[]? kw, int required, params string[] names)
    {
        var result = new PyObject?[names.Length];
        var nKw = kw?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos > names.Length)
            throw PyErr.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
        Array.Copy(args, result, nPos);
        for (var k = 0; k < nKw; k++)
        {
            var index = Array.IndexOf(names, kw![k]);
            if (index < 0) throw PyErr.TypeError($"'{kw[k]}' is an invalid keyword argument for this function");
            if (result[index] is not null) throw PyErr.TypeError($"Argument given by name ('{kw[k]}') and position ({index + 1})");
            result[index] = args[nPos + k];
        }
        for (var i = 0; i < required; i++)
            if (result[i] is null)
                throw PyErr.TypeError($"{name}() takes {(required == names.Length ? "exactly" : "at least")} {required} argument{(required == 1 ? "" : "s")} ({args.Length} given)");
        return result;
    }

    public static string Str(PyObject o, string what) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"{what} must be string, not {o.Type.Name}"),
    };

    public static long Int(PyObject o, string what)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyLong) return Ops.ToLong(o);
        if (o is PyFloat) throw PyErr.TypeError("integer argument expected, got float");
        if (Ops.TryIndex(o, out var v)) return v;
        throw PyErr.TypeError($"an integer is required");
    }
}
