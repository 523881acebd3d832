namespace PyCgiRunner.Python.Runtime;

public static partial class Ops
{
    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.Type.IsHeapType && o.Type.LookupOverride("__getitem__") is { } f) return CallFunction(f, o, key);
        return o.GetItem(key);
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.Type.IsHeapType && o.Type.LookupOverride("__setitem__") is { } f) { CallFunction(f, o, key, value); return; }
        o.SetItem(key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        if (o.Type.IsHeapType && o.Type.LookupOverride("__delitem__") is { } f) { CallFunction(f, o, key); return; }
        o.DelItem(key);
    }

    public static int Length(PyObject o)
    {
        if (o.Type.IsHeapType && o.Type.LookupOverride("__len__") is { } f)
        {
            var r = ToLong(CallFunction(f, o));
            if (r < 0) throw PyErr.ValueError("__len__() should return >= 0");
            return (int)r;
        }
        return o.Length();
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        if (container.Type.IsHeapType)
        {
            // A class inherits its base's sq_contains: only with no __contains__ anywhere in the MRO does `in`
            // fall back to iterating (a dict subclass overriding just __getitem__ keeps dict's `in`).
            if (container.Type.Lookup("__contains__") is { } found)
                return container.Type.LookupOverride("__contains__") is { } f ? IsTrue(CallFunction(f, container, item)) : container.Contains(item);
            if (container.Type.Lookup("__iter__") is not null || container.Type.LookupOverride("__getitem__") is not null)
            {
                var it = GetIter(container);
                while (Next(it, out var v)) if (Eq(v, item)) return true;
                return false;
            }
        }
        return container.Contains(item);
    }

    public static PyObject GetIter(PyObject o)
    {
        if (o.Type.IsHeapType)
        {
            if (o.Type.LookupOverride("__iter__") is { } f)
            {
                var it = CallFunction(f, o);
                if (!IsIterator(it)) throw PyErr.TypeError($"iter() returned non-iterator of type '{it.Type.Name}'");
                return it;
            }
            // tp_iter is inherited too: a builtin base's __iter__ wins over a Python __getitem__.
            if (o.Type.Lookup("__iter__") is null && o.Type.LookupOverride("__getitem__") is not null) return new SequenceIterator(o);
        }
        return o.GetIter();
    }

    private static bool IsIterator(PyObject it)
        => it is PyInstance || it.Type.Lookup("next") is not null || it.GetType() != typeof(PyUserObject);

    /// <summary>Advances an iterator; false when exhausted. StopIteration from Python 'next' methods ends it.</summary>
    public static bool Next(PyObject iterator, out PyObject value)
    {
        if (iterator.Type.IsHeapType && iterator.Type.LookupOverride("next") is { } f)
        {
            try
            {
                value = CallFunction(f, iterator);
                return true;
            }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.StopIteration))
            {
                value = null!;
                return false;
            }
        }
        return iterator.Next(out value);
    }

    /// <summary>Slicing a[lo:hi] in Python 2: old-style __getslice__ first where defined, else a slice object.</summary>
    public static PyObject GetSlice(PyObject o, PyObject lower, PyObject upper)
        => GetItem(o, new PySlice(lower, upper, PyNone.Instance));
}

/// <summary>The iterator over an object that only has __getitem__ (the old sequence protocol).</summary>
public sealed class SequenceIterator : PyObject
{
    private readonly PyObject _seq;
    private long _index;
    public SequenceIterator(PyObject seq) { _seq = seq; }
    public override PyType Type => BuiltinTypes.Iterator;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        try
        {
            value = Ops.GetItem(_seq, PyInt.Get(_index++));
            return true;
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.IndexError) || e.IsInstance(BuiltinTypes.StopIteration))
        {
            value = null!;
            return false;
        }
    }
}
