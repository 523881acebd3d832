using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Bisect;

/// <summary>
/// _bisect (CPython's Modules/_bisectmodule.c, behind the library's bisect.py): binary search over any
/// sequence with only the &lt; comparison, as the pure-Python versions do, and insort through list.insert
/// (or the object's own insert method).
/// </summary>
[PythonModule("_bisect", Doc = "Bisection algorithms.")]
internal static partial class BisectModule
{
    [PythonFunction(Keywords = true)]
    public static long bisect_right(PyObject a, PyObject x, long lo = 0, long hi = -1)
        => Right(a, x, lo, hi);

    [PythonFunction(Keywords = true)]
    public static long bisect_left(PyObject a, PyObject x, long lo = 0, long hi = -1)
        => Left(a, x, lo, hi);

    [PythonFunction("bisect", Keywords = true)]
    public static long bisect(PyObject a, PyObject x, long lo = 0, long hi = -1) => Right(a, x, lo, hi);

    [PythonFunction(Keywords = true)]
    public static void insort_right(PyObject a, PyObject x, long lo = 0, long hi = -1)
        => Insert(a, Right(a, x, lo, hi), x);

    [PythonFunction(Keywords = true)]
    public static void insort_left(PyObject a, PyObject x, long lo = 0, long hi = -1)
        => Insert(a, Left(a, x, lo, hi), x);

    [PythonFunction("insort", Keywords = true)]
    public static void insort(PyObject a, PyObject x, long lo = 0, long hi = -1) => Insert(a, Right(a, x, lo, hi), x);

    private static long Right(PyObject a, PyObject x, long lo, long hi)
    {
        var high = High(a, lo, hi);
        while (lo < high)
        {
            var mid = lo + (high - lo) / 2;
            if (Ops.CompareBool(x, Ops.GetItem(a, PyInt.Get(mid)), CompareOp.Lt)) high = mid;
            else lo = mid + 1;
        }
        return lo;
    }

    private static long Left(PyObject a, PyObject x, long lo, long hi)
    {
        var high = High(a, lo, hi);
        while (lo < high)
        {
            var mid = lo + (high - lo) / 2;
            if (Ops.CompareBool(Ops.GetItem(a, PyInt.Get(mid)), x, CompareOp.Lt)) lo = mid + 1;
            else high = mid;
        }
        return lo;
    }

    // hi=-1 (the default) means len(a); a negative lo is refused before anything is looked at.
    private static long High(PyObject a, long lo, long hi)
    {
        if (lo < 0) throw PyErr.ValueError("lo must be non-negative");
        return hi == -1 ? Ops.Length(a) : hi;
    }

    private static void Insert(PyObject a, long index, PyObject x)
    {
        if (a is PyList list && list.Type == BuiltinTypes.List) list.Insert(index, x);
        else Ops.CallMethod(a, "insert", PyInt.Get(index), x);
    }
}
