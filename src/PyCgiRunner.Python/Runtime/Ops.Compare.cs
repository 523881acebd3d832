namespace PyCgiRunner.Python.Runtime;

public static partial class Ops
{
    private static readonly string[] s_compareNames = ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"];

    public static CompareOp Swap(CompareOp op) => op switch
    {
        CompareOp.Lt => CompareOp.Gt,
        CompareOp.Le => CompareOp.Ge,
        CompareOp.Gt => CompareOp.Lt,
        CompareOp.Ge => CompareOp.Le,
        _ => op,
    };

    public static bool CompareResult(int cmp, CompareOp op) => op switch
    {
        CompareOp.Lt => cmp < 0,
        CompareOp.Le => cmp <= 0,
        CompareOp.Eq => cmp == 0,
        CompareOp.Ne => cmp != 0,
        CompareOp.Gt => cmp > 0,
        _ => cmp >= 0,
    };

    public static bool Eq(PyObject a, PyObject b)
    {
        // Identity implies equality for containment and lookups (PyObject_RichCompareBool), even for NaN.
        if (ReferenceEquals(a, b)) return true;
        return IsTrue(Compare(a, b, CompareOp.Eq));
    }

    public static bool CompareBool(PyObject a, PyObject b, CompareOp op) => IsTrue(Compare(a, b, op));

    /// <summary>
    /// A rich comparison with Python 2's fallbacks: __op__ / reflected __op__, then __cmp__, then the
    /// default ordering (identity for ==; None and numbers first, then by type name, then by address).
    /// </summary>
    public static PyObject Compare(PyObject a, PyObject b, CompareOp op)
    {
        if (a is PyInt x && b is PyInt y && !a.Type.IsHeapType && !b.Type.IsHeapType)
            return PyBool.Of(CompareResult(x.Value.CompareTo(y.Value), op));
        var ta = a.Type;
        var tb = b.Type;
        if (ta.IsHeapType || tb.IsHeapType || a is PyInstance || b is PyInstance)
            return HeapCompare(a, b, op, ta, tb);
        PyObject r;
        if (a is PyDict or PySet)
        {
            // Containers compare their items: nested data recurses (object.c PyObject_RichCompare's guard).
            using var guard = RecursionGuard.Enter(" in cmp");
            r = a.RichCompare(b, op);
        }
        else r = a.RichCompare(b, op);
        if (r is not PyNotImplemented) return r;
        r = b.RichCompare(a, Swap(op));
        if (r is not PyNotImplemented) return r;
        var c3 = a.Compare3(b) ?? (b.Compare3(a) is { } rc ? -rc : null);
        if (c3 is { } c) return PyBool.Of(CompareResult(c, op));
        return PyBool.Of(CompareResult(DefaultCompare(a, b), op));
    }

    private static PyObject HeapCompare(PyObject a, PyObject b, CompareOp op, PyType ta, PyType tb)
    {
        var name = s_compareNames[(int)op];
        var swapped = s_compareNames[(int)Swap(op)];
        if (ta != tb && tb.IsSubtypeOf(ta) && RichOverride(b, tb, swapped) is { } rf)
        {
            var r0 = CallFunction(rf, b, a);
            if (r0 is not PyNotImplemented) return r0;
        }
        var lf = RichOverride(a, ta, name);
        if (lf is not null)
        {
            var r = CallFunction(lf, a, b);
            if (r is not PyNotImplemented) return r;
        }
        else if (a is not PyInstance)
        {
            var r = a.RichCompare(b, op);
            if (r is not PyNotImplemented) return r;
        }
        var rf2 = RichOverride(b, tb, swapped);
        if (rf2 is not null)
        {
            var r = CallFunction(rf2, b, a);
            if (r is not PyNotImplemented) return r;
        }
        else if (b is not PyInstance)
        {
            var r = b.RichCompare(a, Swap(op));
            if (r is not PyNotImplemented) return r;
        }
        // __cmp__ (Python 2.7 reference §3.4.1): called when rich comparison is not defined.
        if (CmpOverride(a, ta) is { } cmpA)
        {
            var r = CallFunction(cmpA, a, b);
            if (r is not PyNotImplemented) return PyBool.Of(CompareResult(Math.Sign(ToLong(r)), op));
        }
        if (CmpOverride(b, tb) is { } cmpB)
        {
            var r = CallFunction(cmpB, b, a);
            if (r is not PyNotImplemented) return PyBool.Of(CompareResult(-Math.Sign(ToLong(r)), op));
        }
        var c3 = a.Compare3(b);
        if (c3 is { } c) return PyBool.Of(CompareResult(c, op));
        return PyBool.Of(CompareResult(DefaultCompare(a, b), op));
    }

    private static PyObject? RichOverride(PyObject o, PyType t, string name)
        => o is PyInstance inst ? inst.Class.LookupOrNull(name) is { } f ? f : null
         : t.LookupOverride(name) is { } m ? m : null;

    private static PyObject? CmpOverride(PyObject o, PyType t)
        => o is PyInstance inst ? inst.Class.LookupOrNull("__cmp__") is { } f ? f : null
         : t.LookupOverride("__cmp__") is { } m ? m : null;

    /// <summary>Python 2's ordering of otherwise incomparable objects (Objects/object.c default_3way_compare).</summary>
    public static int DefaultCompare(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is PyNone) return -1;
        if (b is PyNone) return 1;
        var aNum = IsNumber(a);
        var bNum = IsNumber(b);
        if (aNum && !bNum) return -1;
        if (bNum && !aNum) return 1;
        var ta = a.Type;
        var tb = b.Type;
        if (ta != tb)
        {
            var c = string.CompareOrdinal(aNum ? "" : ta.Name, bNum ? "" : tb.Name);
            if (c != 0) return c < 0 ? -1 : 1;
            return ObjectIds.Of(ta).CompareTo(ObjectIds.Of(tb));
        }
        return a.Id.CompareTo(b.Id);
    }

    public static bool IsNumber(PyObject o) => o is PyInt or PyLong or PyFloat or PyComplex;

    /// <summary>Lexicographic comparison of two sequences (lists, tuples).</summary>
    public static PyObject CompareSequences(PyObject[] a, int na, PyObject[] b, int nb, CompareOp op)
    {
        using var guard = RecursionGuard.Enter(" in cmp");
        var n = Math.Min(na, nb);
        for (var i = 0; i < n; i++)
        {
            if (ReferenceEquals(a[i], b[i])) continue;
            if (!Eq(a[i], b[i]))
            {
                if (op == CompareOp.Eq) return PyBool.False;
                if (op == CompareOp.Ne) return PyBool.True;
                return Compare(a[i], b[i], op);
            }
        }
        return PyBool.Of(CompareResult(na.CompareTo(nb), op));
    }

    /// <summary>cmp(a, b) as Python 2 computes it.</summary>
    public static int Cmp(PyObject a, PyObject b)
    {
        if (a is PyInt x && b is PyInt y && !a.Type.IsHeapType && !b.Type.IsHeapType) return x.Value.CompareTo(y.Value);
        if (CmpOverride(a, a.Type) is { } ca)
        {
            var r = CallFunction(ca, a, b);
            if (r is not PyNotImplemented) return Math.Sign(ToLong(r));
        }
        if (CmpOverride(b, b.Type) is { } cb)
        {
            var r = CallFunction(cb, b, a);
            if (r is not PyNotImplemented) return -Math.Sign(ToLong(r));
        }
        if (CompareBool(a, b, CompareOp.Eq)) return 0;
        if (CompareBool(a, b, CompareOp.Lt)) return -1;
        if (CompareBool(a, b, CompareOp.Gt)) return 1;
        return DefaultCompare(a, b);
    }
}
