using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Binding;

/// <summary>
/// What the generated argument binding of native functions calls: arity and keyword checks and the
/// conversions of CPython's PyArg_ParseTuple[AndKeywords], with its messages (Python/getargs.c in 2.7).
/// </summary>
public static class ArgBinding
{
    /// <summary>Positional-only functions (METH_VARARGS, METH_O, METH_NOARGS). max &lt; 0: no upper bound.</summary>
    public static void Positional(string name, PyObject[] args, string[]? kw, int min, int max)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{name}() takes no keyword arguments");
        var n = args.Length;
        if (n >= min && (max < 0 || n <= max)) return;
        if (min == max && min == 0) throw PyErr.TypeError($"{name}() takes no arguments ({n} given)");
        if (min == max && min == 1) throw PyErr.TypeError($"{name}() takes exactly one argument ({n} given)");
        var (how, count) = min == max ? ("exactly", min) : n < min ? ("at least", min) : ("at most", max);
        throw PyErr.TypeError($"{name}() takes {how} {count} argument{(count == 1 ? "" : "s")} ({n} given)");
    }

    /// <summary>
    /// Binds positional and keyword arguments to parameter names (PyArg_ParseTupleAndKeywords): the result has
    /// one entry per name, null where not given. Keywords no name takes go to <paramref name="extra"/> when the
    /// function has **kwargs, else raise. Positional arguments past the names go to <paramref name="rest"/> when the
    /// function has *args.
    /// </summary>
    public static PyObject?[] Keywords(string name, PyObject[] args, string[]? kw, int required, string[] names,
        bool hasRest, out PyObject[] rest, bool hasExtra, out PyDict? extra)
    {
        var result = new PyObject?[names.Length];
        var nKw = kw?.Length ?? 0;
        var nPos = args.Length - nKw;
        rest = [];
        extra = hasExtra ? new PyDict() : null;
        if (nPos > names.Length)
        {
            if (!hasRest)
                throw PyErr.TypeError($"{name}() takes at most {names.Length} argument{(names.Length == 1 ? "" : "s")} ({args.Length} given)");
            rest = args[names.Length..nPos];
        }
        Array.Copy(args, result, Math.Min(nPos, names.Length));
        for (var k = 0; k < nKw; k++)
        {
            var index = Array.IndexOf(names, kw![k]);
            if (index < 0)
            {
                if (extra is null) throw PyErr.TypeError($"'{kw[k]}' is an invalid keyword argument for this function");
                extra.SetStr(kw[k], args[nPos + k]);
                continue;
            }
            if (result[index] is not null) throw PyErr.TypeError($"Argument given by name ('{kw[k]}') and position ({index + 1})");
            result[index] = args[nPos + k];
        }
        for (var i = 0; i < required; i++)
            if (result[i] is null) throw PyErr.TypeError($"Required argument '{names[i]}' (pos {i + 1}) not found");
        return result;
    }

    /// <summary>The 'l'/'i' formats: an int or long, or anything with __index__; a float is refused.</summary>
    public static long ToLong(PyObject o)
    {
        if (o is PyInt i) return i.Value;
        if (o is PyFloat) throw PyErr.TypeError("integer argument expected, got float");
        if (o is PyLong) return Ops.ToLong(o);
        if (Ops.TryIndex(o, out var v)) return v;
        throw PyErr.TypeError("an integer is required");
    }

    public static int ToInt(PyObject o)
    {
        var v = ToLong(o);
        if (v > int.MaxValue) throw PyErr.OverflowError("signed integer is greater than maximum");
        if (v < int.MinValue) throw PyErr.OverflowError("signed integer is less than minimum");
        return (int)v;
    }

    /// <summary>The 'd' format: a float, or anything with __float__.</summary>
    public static double ToDouble(PyObject o) => Ops.ToDouble(o);

    /// <summary>The 's' format: a str, or a unicode encoded with the default encoding.</summary>
    public static string ToStr(PyObject o, string function, int position) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"{function}() argument {position} must be string, not {o.Type.Name}"),
    };

    /// <summary>The 'O!' format: an instance of the given C# class, else CPython's "must be X, not Y".</summary>
    public static T Check<T>(PyObject o, string function, int position, string pythonName) where T : PyObject
        => o as T ?? throw PyErr.TypeError($"{function}() argument {position} must be {pythonName}, not {o.Type.Name}");
}
