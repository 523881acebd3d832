using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// An itertools iterator: a lazy C# enumerator behind a Python type of its own (`itertools.chain` ...).
/// Nothing is computed before next() asks for it, and once exhausted it stays exhausted.
/// </summary>
public sealed class LazyIterator(PyType type, IEnumerator<PyObject> source, Func<string>? repr = null) : PyObject
{
    private bool _done;

    public override PyType Type => type;
    public override PyObject GetIter() => this;
    public override string Repr() => repr?.Invoke() ?? base.Repr();

    public override bool Next(out PyObject value)
    {
        // Endless producers (count, cycle, repeat) tick the run's limits, so every consumer (any, sum, list,
        // max...) stops at the deadline or memory budget even though it runs no Python code.
        PyContext.CurrentOrNull?.Tick();
        if (!_done && source.MoveNext()) { value = source.Current; return true; }
        _done = true;
        value = null!;
        return false;
    }
}

/// <summary>itertools (library reference §9.7), the 2.7 set (no accumulate).</summary>
public static partial class ItertoolsModule
{
    private static readonly Dictionary<string, PyType> s_types = new();

    /// <summary>Declares an itertools type whose constructor builds a lazy enumerator from the call's arguments.</summary>
    private static PyType Define(string name, Func<PyObject[], string[]?, (IEnumerator<PyObject>, Func<string>?)> create)
    {
        var t = SystemSupport.NewType(name, "itertools");
        SystemSupport.MakeIterator(t);
        t.NewFunc = (cls, args, kw) =>
        {
            var (e, repr) = create(args, kw);
            return new LazyIterator(t, e, repr);
        };
        s_types[name] = t;
        return t;
    }

    private static IEnumerable<PyObject> Iterate(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.Next(it, out var v)) yield return v;
    }

    static ItertoolsModule()
    {
        DefineBasic();
        DefineCombinatoric();
    }

    public static PyModule Create()
    {
        var b = new ModuleBuilder("itertools");
        foreach (var (name, type) in s_types) b.Value(name, type);
        b.Value("tee", s_teeFunction!);
        return b;
    }

    private static void NoKeywords(string name, string[]? kw)
    {
        if (kw is { Length: > 0 }) throw PyErr.TypeError($"{name}() does not take keyword arguments");
    }

    private static void DefineBasic()
    {
        Define("count", (a, k) =>
        {
            var args = Args.Bind("count", a, k, 0, "start", "step");
            var start = args[0] ?? PyInt.Get(0);
            var step = args[1] ?? PyInt.Get(1);
            if (!Ops.IsNumber(start) || !Ops.IsNumber(step)) throw PyErr.TypeError("a number is required");
            var state = new[] { start };
            IEnumerator<PyObject> Run()
            {
                while (true)
                {
                    var current = state[0];
                    state[0] = Ops.Add(current, step);
                    yield return current;
                }
            }
            var stepIsOne = step is PyInt { Value: 1 };
            return (Run(), () => stepIsOne ? $"count({Ops.Repr(state[0])})" : $"count({Ops.Repr(state[0])}, {Ops.Repr(step)})");
        });
        Define("cycle", (a, k) =>
        {
            NoKeywords("cycle", k);
            Args.Count("cycle", a, k, 1, 1);
            var source = Ops.GetIter(a[0]);
            IEnumerator<PyObject> Run()
            {
                var saved = new List<PyObject>();
                while (Ops.Next(source, out var v)) { saved.Add(v); yield return v; }
                while (saved.Count > 0) foreach (var v in saved) yield return v;
            }
            return (Run(), null);
        });
        Define("repeat", (a, k) =>
        {
            var args = Args.Bind("repeat", a, k, 1, "object", "times");
            var obj = args[0]!;
            var times = args[1] is null ? -1 : Math.Max(0, Args.Int(args[1]!, "times"));
            var remaining = new[] { times };
            IEnumerator<PyObject> Run()
            {
                while (remaining[0] != 0)
                {
                    if (remaining[0] > 0) remaining[0]--;
                    yield return obj;
                }
            }
            return (Run(), () => remaining[0] < 0 ? $"repeat({Ops.Repr(obj)})" : $"repeat({Ops.Repr(obj)}, {remaining[0]})");
        });
        var chain = Define("chain", (a, k) => { NoKeywords("chain", k); return (Chain(a.Select(x => x)), null); });
        TypeSetup.ClassMethod(chain, "from_iterable", (a, k) => new LazyIterator(chain, Chain(Iterate(a[1])), null));
        Define("compress", (a, k) =>
        {
            var args = Args.Bind("compress", a, k, 2, "data", "selectors");
            var data = Ops.GetIter(args[0]!);
            var selectors = Ops.GetIter(args[1]!);
            IEnumerator<PyObject> Run()
            {
                while (Ops.Next(data, out var d) && Ops.Next(selectors, out var s))
                    if (Ops.IsTrue(s)) yield return d;
            }
            return (Run(), null);
        });
        Define("dropwhile", (a, k) =>
        {
            NoKeywords("dropwhile", k);
            Args.Count("dropwhile", a, k, 2, 2);
            var (pred, it) = (a[0], Ops.GetIter(a[1]));
            IEnumerator<PyObject> Run()
            {
                var dropping = true;
                while (Ops.Next(it, out var v))
                {
                    if (dropping && Ops.IsTrue(Ops.Call(pred, [v], null))) continue;
                    dropping = false;
                    yield return v;
                }
            }
            return (Run(), null);
        });
        Define("takewhile", (a, k) =>
        {
            NoKeywords("takewhile", k);
            Args.Count("takewhile", a, k, 2, 2);
            var (pred, it) = (a[0], Ops.GetIter(a[1]));
            IEnumerator<PyObject> Run()
            {
                while (Ops.Next(it, out var v) && Ops.IsTrue(Ops.Call(pred, [v], null))) yield return v;
            }
            return (Run(), null);
        });
        Define("ifilter", (a, k) => Filter("ifilter", a, k, true));
        Define("ifilterfalse", (a, k) => Filter("ifilterfalse", a, k, false));
        Define("imap", (a, k) =>
        {
            NoKeywords("imap", k);
            if (a.Length < 2) throw PyErr.TypeError("imap() must have at least two arguments.");
            var func = a[0];
            var its = a[1..].Select(Ops.GetIter).ToArray();
            IEnumerator<PyObject> Run()
            {
                while (true)
                {
                    var items = new PyObject[its.Length];
                    for (var i = 0; i < its.Length; i++)
                        if (!Ops.Next(its[i], out items[i])) yield break;
                    yield return func is PyNone ? new PyTuple(items) : Ops.Call(func, items, null);
                }
            }
            return (Run(), null);
        });
        Define("starmap", (a, k) =>
        {
            NoKeywords("starmap", k);
            Args.Count("starmap", a, k, 2, 2);
            var (func, it) = (a[0], Ops.GetIter(a[1]));
            IEnumerator<PyObject> Run()
            {
                while (Ops.Next(it, out var v)) yield return Ops.Call(func, Ops.ToArray(v), null);
            }
            return (Run(), null);
        });
        Define("izip", (a, k) =>
        {
            NoKeywords("izip", k);
            var its = a.Select(Ops.GetIter).ToArray();
            IEnumerator<PyObject> Run()
            {
                if (its.Length == 0) yield break;
                while (true)
                {
                    var items = new PyObject[its.Length];
                    for (var i = 0; i < its.Length; i++)
                        if (!Ops.Next(its[i], out items[i])) yield break;
                    yield return new PyTuple(items);
                }
            }
            return (Run(), null);
        });
        Define("izip_longest", (a, k) =>
        {
            var nKw = k?.Length ?? 0;
            PyObject fill = PyNone.Instance;
            for (var i = 0; i < nKw; i++)
            {
                if (k![i] != "fillvalue") throw PyErr.TypeError("izip_longest() got an unexpected keyword argument");
                fill = a[a.Length - nKw + i];
            }
            var its = a[..(a.Length - nKw)].Select(Ops.GetIter).ToArray();
            IEnumerator<PyObject> Run()
            {
                var active = its.Length;
                var done = new bool[its.Length];
                while (active > 0)
                {
                    var items = new PyObject[its.Length];
                    for (var i = 0; i < its.Length; i++)
                    {
                        if (!done[i] && Ops.Next(its[i], out items[i])) continue;
                        if (!done[i]) { done[i] = true; active--; }
                        items[i] = fill;
                    }
                    if (active == 0) yield break;
                    yield return new PyTuple(items);
                }
            }
            return (Run(), null);
        });
        DefineSlicingAndGrouping();
    }

    private static IEnumerator<PyObject> Chain(IEnumerable<PyObject> iterables)
    {
        foreach (var iterable in iterables)
        {
            var it = Ops.GetIter(iterable);
            while (Ops.Next(it, out var v)) yield return v;
        }
    }

    private static (IEnumerator<PyObject>, Func<string>?) Filter(string name, PyObject[] a, string[]? k, bool keep)
    {
        NoKeywords(name, k);
        Args.Count(name, a, k, 2, 2);
        var (pred, it) = (a[0], Ops.GetIter(a[1]));
        IEnumerator<PyObject> Run()
        {
            while (Ops.Next(it, out var v))
                if (Ops.IsTrue(pred is PyNone ? v : Ops.Call(pred, [v], null)) == keep) yield return v;
        }
        return (Run(), null);
    }
}
