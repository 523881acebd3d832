using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>islice, groupby, tee and the combinatoric iterators (product, permutations, combinations...).</summary>
public static partial class ItertoolsModule
{
    private static long? SliceIndex(PyObject? o, string message)
    {
        if (o is null or PyNone) return null;
        if (o is PyInt or PyLong && Ops.TryIndex(o, out var v) && v >= 0) return v;
        throw PyErr.ValueError(message);
    }

    private static void DefineSlicingAndGrouping()
    {
        Define("islice", (a, k) =>
        {
            NoKeywords("islice", k);
            Args.Count("islice", a, k, 2, 4);
            var it = Ops.GetIter(a[0]);
            long start = 0, step = 1;
            long? stop;
            if (a.Length == 2)
                stop = SliceIndex(a[1], "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
            else
            {
                start = SliceIndex(a[1], "Indices for islice() must be None or an integer: 0 <= x <= maxint.") ?? 0;
                stop = SliceIndex(a[2], "Stop argument for islice() must be None or an integer: 0 <= x <= maxint.");
                if (a.Length == 4)
                {
                    if (a[3] is PyNone) step = 1;
                    else if (!Ops.TryIndex(a[3], out step) || step < 1) throw PyErr.ValueError("Step for islice() must be a positive integer or None.");
                }
            }
            IEnumerator<PyObject> Run()
            {
                long index = 0, next = start;
                while (stop is null || next < stop)
                {
                    if (!Ops.Next(it, out var v)) yield break;
                    if (index++ != next) continue;
                    next += step;
                    yield return v;
                }
            }
            return (Run(), null);
        });
        Define("groupby", (a, k) =>
        {
            var args = Args.Bind("groupby", a, k, 1, "iterable", "key");
            return (new GroupBy(Ops.GetIter(args[0]!), args[1] is PyNone ? null : args[1]).Groups(), null);
        });
        var grouper = SystemSupport.NewType("_grouper", "itertools");
        SystemSupport.MakeIterator(grouper);
        s_grouperType = grouper;
        s_teeType = SystemSupport.NewType("tee", "itertools");
        SystemSupport.MakeIterator(s_teeType);
        s_teeFunction = new PyBuiltinFunction("tee", (a, k) =>
        {
            Args.Count("tee", a, k, 1, 2);
            var n = a.Length > 1 ? Args.Int(a[1], "n") : 2;
            if (n < 0) throw PyErr.ValueError("n must be >= 0");
            var shared = new TeeBuffer(Ops.GetIter(a[0]));
            return new PyTuple(Enumerable.Range(0, (int)n).Select(_ => (PyObject)new LazyIterator(s_teeType!, shared.Reader(), null)).ToArray());
        });
    }

    private static PyType? s_grouperType, s_teeType;
    private static PyBuiltinFunction? s_teeFunction;

    /// <summary>groupby's shared state: the current item and key, advanced by the outer iterator and the groups alike.</summary>
    private sealed class GroupBy(PyObject source, PyObject? keyFunc)
    {
        private PyObject? _currentKey, _currentValue;
        private bool _exhausted;
        private int _generation;

        private bool Advance()
        {
            if (!Ops.Next(source, out var v)) { _exhausted = true; return false; }
            _currentValue = v;
            _currentKey = keyFunc is null ? v : Ops.Call(keyFunc, [v], null);
            return true;
        }

        public IEnumerator<PyObject> Groups()
        {
            PyObject? target = null;
            while (true)
            {
                if (_currentValue is null && !_exhausted) Advance();
                // Skip what is left of the previous group.
                while (!_exhausted && target is not null && Ops.Eq(_currentKey!, target)) Advance();
                if (_exhausted) yield break;
                target = _currentKey!;
                var generation = ++_generation;
                yield return new PyTuple(target, new LazyIterator(s_grouperType!, Group(target, generation), null));
            }
        }

        private IEnumerator<PyObject> Group(PyObject key, int generation)
        {
            while (generation == _generation && !_exhausted && Ops.Eq(_currentKey!, key))
            {
                var value = _currentValue!;
                Advance();
                yield return value;
            }
        }
    }

    /// <summary>tee's buffer: items read once from the source, kept until every reader has passed them (here: kept).</summary>
    private sealed class TeeBuffer(PyObject source)
    {
        private readonly List<PyObject> _items = new();
        private bool _done;

        public IEnumerator<PyObject> Reader()
        {
            for (var i = 0; ; i++)
            {
                if (i == _items.Count)
                {
                    if (_done || !Ops.Next(source, out var v)) { _done = true; yield break; }
                    _items.Add(v);
                }
                yield return _items[i];
            }
        }
    }

    private static void DefineCombinatoric()
    {
        Define("product", (a, k) =>
        {
            var nKw = k?.Length ?? 0;
            long repeat = 1;
            for (var i = 0; i < nKw; i++)
            {
                if (k![i] != "repeat") throw PyErr.TypeError("product() got an unexpected keyword argument");
                repeat = Args.Int(a[a.Length - nKw + i], "repeat");
            }
            var pools = a[..(a.Length - nKw)].Select(p => Ops.ToArray(p)).ToList();
            var all = Enumerable.Range(0, (int)Math.Max(0, repeat)).SelectMany(_ => pools).ToArray();
            return (Product(all), null);
        });
        Define("permutations", (a, k) =>
        {
            var args = Args.Bind("permutations", a, k, 1, "iterable", "r");
            var pool = Ops.ToArray(args[0]!);
            var r = args[1] is null or PyNone ? pool.Length : (int)Args.Int(args[1]!, "r");
            if (r < 0) throw PyErr.ValueError("r must be non-negative");
            return (Permutations(pool, r), null);
        });
        Define("combinations", (a, k) =>
        {
            var args = Args.Bind("combinations", a, k, 2, "iterable", "r");
            var r = (int)Args.Int(args[1]!, "r");
            if (r < 0) throw PyErr.ValueError("r must be non-negative");
            return (Combinations(Ops.ToArray(args[0]!), r, false), null);
        });
        Define("combinations_with_replacement", (a, k) =>
        {
            var args = Args.Bind("combinations_with_replacement", a, k, 2, "iterable", "r");
            var r = (int)Args.Int(args[1]!, "r");
            if (r < 0) throw PyErr.ValueError("r must be non-negative");
            return (Combinations(Ops.ToArray(args[0]!), r, true), null);
        });
    }

    private static IEnumerator<PyObject> Product(PyObject[][] pools)
    {
        if (pools.Any(p => p.Length == 0)) yield break;
        var idx = new int[pools.Length];
        while (true)
        {
            yield return new PyTuple(pools.Select((p, i) => p[idx[i]]).ToArray());
            var j = pools.Length - 1;
            while (j >= 0 && ++idx[j] == pools[j].Length) { idx[j] = 0; j--; }
            if (j < 0) yield break;
        }
    }

    private static IEnumerator<PyObject> Permutations(PyObject[] pool, int r)
    {
        var n = pool.Length;
        if (r > n) yield break;
        var idx = Enumerable.Range(0, n).ToArray();
        var cycles = Enumerable.Range(0, r).Select(i => n - i).ToArray();
        yield return new PyTuple(idx.Take(r).Select(i => pool[i]).ToArray());
        while (n > 0)
        {
            var i = r - 1;
            for (; i >= 0; i--)
            {
                cycles[i]--;
                if (cycles[i] == 0)
                {
                    var first = idx[i];
                    Array.Copy(idx, i + 1, idx, i, n - i - 1);
                    idx[n - 1] = first;
                    cycles[i] = n - i;
                }
                else
                {
                    var j = n - cycles[i];
                    (idx[i], idx[j]) = (idx[j], idx[i]);
                    yield return new PyTuple(idx.Take(r).Select(x => pool[x]).ToArray());
                    break;
                }
            }
            if (i < 0) yield break;
        }
    }

    /// <summary>Index vectors in lexicographic order: strictly increasing, or non-decreasing with replacement.</summary>
    private static IEnumerator<PyObject> Combinations(PyObject[] pool, int r, bool replacement)
    {
        var n = pool.Length;
        if (replacement ? (n == 0 && r > 0) : r > n) yield break;
        var idx = replacement ? new int[r] : Enumerable.Range(0, r).ToArray();
        while (true)
        {
            yield return new PyTuple(idx.Select(x => pool[x]).ToArray());
            var i = r - 1;
            while (i >= 0 && idx[i] == (replacement ? n - 1 : i + n - r)) i--;
            if (i < 0) yield break;
            idx[i]++;
            for (var j = i + 1; j < r; j++) idx[j] = replacement ? idx[i] : idx[j - 1] + 1;
        }
    }
}
