using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Functools;

/// <summary>
/// _functools (CPython 2.7's Modules/_functoolsmodule.c): partial and reduce, which the library's functools.py
/// imports; update_wrapper, wraps, total_ordering and cmp_to_key are Python code there.
/// </summary>
[PythonModule("_functools", Doc = "Native parts of functools: partial and reduce.")]
internal static partial class FunctoolsModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx) => module.Dict.SetStr("partial", Partial.TypeObject);

    /// <summary>functools_reduce: PyArg_UnpackTuple's arity messages, then a left fold.</summary>
    [PythonFunction(Doc = "reduce(function, sequence[, initial]) -> value\n\nFolds the sequence from the left with the two-argument function, starting from\ninitial when given (which is also the result for an empty sequence).")]
    public static PyObject reduce(params PyObject[] args)
    {
        if (args.Length < 2) throw PyErr.TypeError($"reduce expected at least 2 arguments, got {args.Length}");
        if (args.Length > 3) throw PyErr.TypeError($"reduce expected at most 3 arguments, got {args.Length}");
        PyObject it;
        try { it = Ops.GetIter(args[1]); }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
        {
            throw PyErr.TypeError("reduce() arg 2 must support iteration");
        }
        var result = args.Length == 3 ? args[2] : null;
        while (Ops.Next(it, out var item))
            result = result is null ? item : args[0].Call([result, item], null);
        return result ?? throw PyErr.TypeError("reduce() of empty sequence with no initial value");
    }
}
