using System.Numerics;

namespace PyCgiRunner.Python.Runtime;

public static partial class Ops
{
    public static string Repr(PyObject o)
    {
        if (o.Type.IsHeapType && o.Type.LookupOverride("__repr__") is { } f)
            return StringResult(CallFunction(f, o), "__repr__");
        return o.Repr();
    }

    public static string Str(PyObject o)
    {
        if (o is PyStr s) return s.Value;
        if (o.Type.IsHeapType)
        {
            if (o.Type.LookupOverride("__str__") is { } f) return StringResult(CallFunction(f, o), "__str__");
            if (o.Type.LookupOverride("__repr__") is { } r && o is not PyBaseString) return StringResult(CallFunction(r, o), "__repr__");
        }
        return o.Str();
    }

    /// <summary>str(o) as an object: keeps a unicode result of __str__ (Python 2 'print' and '%s' need it).</summary>
    public static PyObject StrObject(PyObject o)
    {
        if (o is PyStr && o.Type == BuiltinTypes.Str) return o;
        if (o.Type.IsHeapType && o.Type.LookupOverride("__str__") is { } f)
        {
            var r = CallFunction(f, o);
            if (r is PyBaseString) return r;
            throw PyErr.TypeError($"__str__ returned non-string (type {r.Type.Name})");
        }
        return PyStr.From(Str(o));
    }

    private static string StringResult(PyObject r, string method)
    {
        if (r is PyStr s) return s.Value;
        if (r is PyUnicode u) return Codecs.EncodeDefault(u.Value);
        throw PyErr.TypeError($"{method} returned non-string (type {r.Type.Name})");
    }

    public static long Hash(PyObject o)
    {
        if (o is PyBaseString s && !s.Type.IsHeapType) return s.Hash();
        if (o.Type.IsHeapType)
        {
            var h = o.Type.Lookup("__hash__");
            if (h is PyNone) throw PyErr.TypeError($"unhashable type: '{o.Type.Name}'");
            if (o.Type.LookupOverride("__hash__") is { } f)
            {
                // slot_tp_hash: -1 is the error value of C hashes, so a __hash__ returning -1 hashes as -2.
                var r = CallFunction(f, o);
                if (r is PyInt i) return i.Value == -1 ? -2 : i.Value;
                if (r is PyLong l) return l.Hash();
                throw PyErr.TypeError("an integer is required");
            }
            if (o.InstanceDict is not null && o is PyUserObject) return System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(o);
        }
        return o.Hash();
    }

    public static bool IsTrue(PyObject o)
    {
        if (o is PyBool b) return b.Value != 0;
        if (o is PyNone) return false;
        if (o.Type.IsHeapType)
        {
            if (o.Type.LookupOverride("__nonzero__") is { } nz)
            {
                var r = CallFunction(nz, o);
                if (r is PyInt i) return i.Value != 0;
                throw PyErr.TypeError($"__nonzero__ should return bool or int, returned {r.Type.Name}");
            }
            if (o.Type.LookupOverride("__len__") is { } len) return ToLong(CallFunction(len, o)) != 0;
        }
        return o.IsTrue();
    }

    /// <summary>An int or long as a C long (OverflowError when it does not fit).</summary>
    public static long ToLong(PyObject o)
    {
        switch (o)
        {
            case PyInt i: return i.Value;
            case PyLong l:
                if (l.Value < long.MinValue || l.Value > long.MaxValue) throw PyErr.OverflowError("long int too large to convert to int");
                return (long)l.Value;
        }
        if (TryIndex(o, out var n)) return n;
        throw PyErr.TypeError("an integer is required");
    }

    public static int ToInt(PyObject o)
    {
        var v = ToLong(o);
        if (v < int.MinValue || v > int.MaxValue) throw PyErr.OverflowError("Python int too large to convert to C long");
        return (int)v;
    }

    /// <summary>operator.index semantics: ints, longs and objects with __index__.</summary>
    public static bool TryIndex(PyObject o, out long value)
    {
        switch (o)
        {
            case PyInt i: value = i.Value; return true;
            case PyLong l when l.Value >= long.MinValue && l.Value <= long.MaxValue: value = (long)l.Value; return true;
        }
        PyObject? f = o.Type.IsHeapType ? o.Type.LookupOverride("__index__") : o is PyInstance inst ? inst.Class.LookupOrNull("__index__") : null;
        if (f is not null)
        {
            var r = CallFunction(f, o);
            if (r is PyInt ri) { value = ri.Value; return true; }
            if (r is PyLong rl) { value = (long)rl.Value; return true; }
            throw PyErr.TypeError($"__index__ returned non-(int,long) (type {r.Type.Name})");
        }
        value = 0;
        return false;
    }

    public static BigInteger ToBigInteger(PyObject o) => o switch
    {
        PyInt i => i.Value,
        PyLong l => l.Value,
        _ => throw PyErr.TypeError("an integer is required"),
    };

    public static double ToDouble(PyObject o)
    {
        if (PyFloat.AsDouble(o) is { } d) return d;
        if (o.Type.IsHeapType && o.Type.LookupOverride("__float__") is { } f) return ToDouble(CallFunction(f, o));
        if (o is PyInstance inst && inst.Class.LookupOrNull("__float__") is { } g) return ToDouble(CallFunction(g, o));
        throw PyErr.TypeError("a float is required");
    }

    /// <summary>Materializes any iterable.</summary>
    public static PyObject[] ToArray(PyObject iterable, string? typeErrorMessage = null)
    {
        switch (iterable)
        {
            case PyTuple t when t.Type == BuiltinTypes.Tuple: return t.Items;
            case PyList l when l.Type == BuiltinTypes.List: return l.ToArray();
        }
        PyObject it;
        try { it = GetIter(iterable); }
        catch (PythonException e) when (typeErrorMessage is not null && e.IsInstance(BuiltinTypes.TypeError))
        {
            throw PyErr.TypeError(typeErrorMessage);
        }
        var list = new List<PyObject>();
        // An endless iterator (itertools.repeat, count) is stopped by the run's limits, checked as it grows.
        var ctx = PyContext.CurrentOrNull;
        while (Next(it, out var v))
        {
            list.Add(v);
            ctx?.Tick();
        }
        return list.ToArray();
    }

    public static List<PyObject> ToList(PyObject iterable)
    {
        var it = GetIter(iterable);
        var list = new List<PyObject>();
        var ctx = PyContext.CurrentOrNull;
        while (Next(it, out var v))
        {
            list.Add(v);
            ctx?.Tick();
        }
        return list;
    }

    public static bool IsInstance(PyObject o, PyType t) => o.Type.IsSubtypeOf(t);
}
