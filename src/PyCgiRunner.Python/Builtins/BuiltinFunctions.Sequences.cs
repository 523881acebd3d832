using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

public static partial class BuiltinFunctions
{
    private static PyObject Range(PyObject[] a, string[]? k)
    {
        Args.Count("range", a, k, 1, 3);
        foreach (var x in a)
            if (x is PyFloat) throw PyErr.TypeError("range() integer end argument expected, got float.");
        var v = a.Select(x => Args.Int(x, "range")).ToArray();
        var (start, stop, step) = v.Length switch { 1 => (0L, v[0], 1L), 2 => (v[0], v[1], 1L), _ => (v[0], v[1], v[2]) };
        if (step == 0) throw PyErr.ValueError("range() step argument must not be zero");
        var r = new PyXRange(start, stop, step);
        if (r.Count > 50_000_000) throw PyErr.MemoryError();
        var items = new PyObject[r.Count];
        for (long i = 0, x = start; i < r.Count; i++, x += step) items[i] = PyInt.Get(x);
        return new PyList(items);
    }

    private static PyObject Sum(PyObject iterable, PyObject start)
    {
        if (start is PyBaseString) throw PyErr.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        var acc = start;
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var v)) acc = Ops.Add(acc, v);
        return acc;
    }

    private static PyObject MinMax(PyObject[] a, string[]? k, string name, CompareOp op)
    {
        PyObject? key = null;
        var nKw = k?.Length ?? 0;
        for (var i = 0; i < nKw; i++)
        {
            if (k![i] != "key") throw PyErr.TypeError($"{name}() got an unexpected keyword argument");
            key = a[a.Length - nKw + i];
        }
        var positional = a[..(a.Length - nKw)];
        if (positional.Length == 0) throw PyErr.TypeError($"{name} expected 1 arguments, got 0");
        var items = positional.Length == 1 ? Ops.ToArray(positional[0]) : positional;
        if (items.Length == 0) throw PyErr.ValueError($"{name}() arg is an empty sequence");
        var best = items[0];
        var bestKey = key is null ? best : key.Call([best], null);
        for (var i = 1; i < items.Length; i++)
        {
            var kv = key is null ? items[i] : key.Call([items[i]], null);
            if (Ops.CompareBool(kv, bestKey, op)) { best = items[i]; bestKey = kv; }
        }
        return best;
    }

    private static PyObject Map(PyObject[] a)
    {
        if (a.Length < 2) throw PyErr.TypeError("map() requires at least two args");
        var fn = a[0];
        if (a.Length == 2)
        {
            var result = new PyList();
            var it = Ops.GetIter(a[1]);
            while (Ops.Next(it, out var v)) result.Append(fn is PyNone ? v : fn.Call([v], null));
            return result;
        }
        var seqs = a[1..].Select(x => Ops.ToArray(x)).ToArray();
        var n = seqs.Max(s => s.Length);
        var list = new PyList(n);
        for (var i = 0; i < n; i++)
        {
            var args = seqs.Select(s => i < s.Length ? s[i] : PyNone.Instance).ToArray();
            list.Append(fn is PyNone ? new PyTuple(args) : fn.Call(args, null));
        }
        return list;
    }

    private static PyObject Filter(PyObject fn, PyObject seq)
    {
        bool Keep(PyObject v) => fn is PyNone ? Ops.IsTrue(v) : Ops.IsTrue(fn.Call([v], null));
        if (seq is PyStr s) return PyStr.From(string.Concat(s.Value.Where(c => Keep(PyStr.Char(c)))));
        if (seq is PyUnicode u) return new PyUnicode(string.Concat(u.Value.Where(c => Keep(new PyUnicode(c.ToString())))));
        var items = Ops.ToArray(seq).Where(Keep).ToArray();
        return seq is PyTuple ? PyTuple.Of(items) : new PyList(items);
    }

    private static PyObject Zip(PyObject[] a)
    {
        if (a.Length == 0) return new PyList();
        var iters = new PyObject[a.Length];
        for (var i = 0; i < a.Length; i++)
        {
            try { iters[i] = Ops.GetIter(a[i]); }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
            {
                throw PyErr.TypeError($"zip argument #{i + 1} must support iteration");
            }
        }
        var result = new PyList();
        while (true)
        {
            var row = new PyObject[iters.Length];
            for (var i = 0; i < iters.Length; i++)
                if (!Ops.Next(iters[i], out row[i])) return result;
            result.Append(new PyTuple(row));
        }
    }

    private static PyObject Reduce(PyObject[] a)
    {
        var it = Ops.GetIter(a[1]);
        PyObject acc;
        if (a.Length == 3) acc = a[2];
        else if (!Ops.Next(it, out acc)) throw PyErr.TypeError("reduce() of empty sequence with no initial value");
        while (Ops.Next(it, out var v)) acc = a[0].Call([acc, v], null);
        return acc;
    }

    private static PyObject Coerce(PyObject a, PyObject b)
    {
        if (a is PyComplex || b is PyComplex)
            return new PyTuple(ToComplex(a), ToComplex(b));
        if (a is PyFloat || b is PyFloat) return new PyTuple(new PyFloat(Ops.ToDouble(a)), new PyFloat(Ops.ToDouble(b)));
        if (a is PyLong || b is PyLong) return new PyTuple(new PyLong(Ops.ToBigInteger(a)), new PyLong(Ops.ToBigInteger(b)));
        if (a is PyInt && b is PyInt) return new PyTuple(a, b);
        throw PyErr.TypeError("number coercion failed");
    }

    private static PyComplex ToComplex(PyObject o) => o as PyComplex ?? new PyComplex(Ops.ToDouble(o), 0);

    public static PyObject Reversed(PyObject seq)
    {
        if (seq is PyList l && !seq.Type.IsHeapType) return new ArrayIterator(l.ToArray().Reverse().ToArray(), l.Count, BuiltinTypes.ListReverseIterator);
        if (seq is PyTuple t && !seq.Type.IsHeapType) return new ArrayIterator(t.Items.Reverse().ToArray(), t.Count, BuiltinTypes.Reversed);
        if (seq is PyBaseString s && !seq.Type.IsHeapType) return new ArrayIterator(s.Value.Reverse().Select(c => s is PyUnicode ? (PyObject)new PyUnicode(c.ToString()) : PyStr.Char(c)).ToArray(), s.Value.Length, BuiltinTypes.Reversed);
        if (seq is PyXRange r) return new RangeIterator(r.Start + (r.Count - 1) * r.Step, -r.Step, r.Count);
        var rev = seq is PyInstance inst ? inst.Class.LookupOrNull("__reversed__") : seq.Type.Lookup("__reversed__");
        if (rev is not null) return TypeCalls.CallBound(rev, seq, [], null);
        if (seq is PyDict || (seq is not PyInstance && seq.Type.Lookup("__getitem__") is null && !(seq is PyInstance)))
            throw PyErr.TypeError("argument to reversed() must be a sequence");
        var n = Ops.Length(seq);
        var items = new PyObject[n];
        for (var i = 0; i < n; i++) items[i] = Ops.GetItem(seq, PyInt.Get(n - 1 - i));
        return new ArrayIterator(items, n, BuiltinTypes.Reversed);
    }

    private static PyObject Dir(PyObject? o)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (o is null)
        {
            foreach (var k in PyContext.Current.CurrentFrame!.LocalsDict().KeysList()) names.Add(Ops.Str(k));
        }
        else if (o is PyModule m)
        {
            foreach (var k in m.Dict.KeysList()) names.Add(Ops.Str(k));
        }
        else if (o is PyType t)
        {
            foreach (var mt in t.FullMro) foreach (var k in MroDict(mt).KeysList()) names.Add(Ops.Str(k));
        }
        else if (o is PyClassic c)
        {
            AddClassic(c, names);
        }
        else
        {
            if (o.InstanceDict is { } d) foreach (var k in d.KeysList()) names.Add(Ops.Str(k));
            if (o is PyInstance inst) AddClassic(inst.Class, names);
            else foreach (var mt in o.Type.FullMro) foreach (var k in MroDict(mt).KeysList()) names.Add(Ops.Str(k));
        }
        return new PyList(names.Select(n => (PyObject)PyStr.From(n)).ToArray());
    }

    private static void AddClassic(PyClassic c, SortedSet<string> names)
    {
        foreach (var k in c.Dict.KeysList()) names.Add(Ops.Str(k));
        foreach (var b in c.Bases) if (b is PyClassic bc) AddClassic(bc, names);
    }

    private static PyDict MroDict(PyObject entry) => entry is PyType t ? t.Dict : ((PyClassic)entry).Dict;
}

/// <summary>iter(callable, sentinel).</summary>
public sealed class CallableIterator(PyObject callable, PyObject sentinel) : PyObject
{
    private bool _done;
    public override PyType Type => BuiltinTypes.CallableIterator;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        value = null!;
        if (_done) return false;
        var v = callable.Call([], null);
        if (Ops.Eq(v, sentinel)) { _done = true; return false; }
        value = v;
        return true;
    }
}
