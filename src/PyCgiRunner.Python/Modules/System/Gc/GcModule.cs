using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Gc;

/// <summary>
/// gc (CPython 2.7's Modules/gcmodule.c) over the .NET collector, which owns memory here: collect() runs a full
/// blocking .NET collection and the weak-reference callbacks it makes due, then returns 0 (the number of
/// unreachable objects is not known to us). enable/disable, the thresholds and the debug flags are kept per
/// program and change nothing in .NET. get_objects and get_referrers walk what the program can reach (sys.modules,
/// builtins, the frames), not the unreachable garbage CPython would also list; get_count reports .NET's own
/// generation counts.
/// </summary>
[PythonModule("gc", Doc = "Access to the garbage collector: collect() runs a full collection; the other functions\ninspect what the collector tracks.")]
internal static partial class GcModule
{
    private sealed class State
    {
        public bool Enabled = true;
        public long Debug;
        public long[] Thresholds = [700, 10, 10];
        public int Gen1AtLastFull, Gen0AtLastGen1;
    }

    private static readonly ConditionalWeakTable<PyContext, State> s_states = new();
    private static State Current => s_states.GetValue(PyContext.Current, _ => new State());

    [PythonConstant] public const long DEBUG_STATS = 1;
    [PythonConstant] public const long DEBUG_COLLECTABLE = 2;
    [PythonConstant] public const long DEBUG_UNCOLLECTABLE = 4;
    [PythonConstant] public const long DEBUG_INSTANCES = 8;
    [PythonConstant] public const long DEBUG_OBJECTS = 16;
    [PythonConstant] public const long DEBUG_SAVEALL = 32;
    [PythonConstant] public const long DEBUG_LEAK = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_INSTANCES | DEBUG_OBJECTS | DEBUG_SAVEALL;

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx) => module.Dict.SetStr("garbage", new PyList());

    [PythonFunction(Doc = "enable() -> None. Records that automatic collection is on.")]
    public static void enable() => Current.Enabled = true;

    [PythonFunction(Doc = "disable() -> None. Records that automatic collection is off (.NET still collects).")]
    public static void disable() => Current.Enabled = false;

    [PythonFunction(Doc = "isenabled() -> whether enable() or disable() was called last (enabled at start).")]
    public static bool isenabled() => Current.Enabled;

    // "|i" without a name: its argument errors say "function takes ...", as gcmodule.c's do.
    [PythonFunction(Keywords = true, MessageName = "", Doc = "collect([generation]) -> n\n\nRuns a full collection; generation, when given, must be 0, 1 or 2.\n")]
    public static long collect(long generation = 2)
    {
        if (generation is < 0 or > 2) throw PyErr.ValueError("invalid generation");
        // One blocking full collection of the process, then the finalizers it made due (those of dead
        // objects' weak-reference lists schedule the callbacks run below).
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var state = Current;
        state.Gen1AtLastFull = GC.CollectionCount(1);
        state.Gen0AtLastGen1 = GC.CollectionCount(0);
        PyContext.Current.RunPendingCalls();
        return 0;
    }

    [PythonFunction(Doc = "get_debug() -> the flags set_debug() stored.")]
    public static long get_debug() => Current.Debug;

    [PythonFunction(Doc = "set_debug(flags) -> None. Stores DEBUG_* flags (they print nothing here).")]
    public static void set_debug(int flags) => Current.Debug = flags;

    [PythonFunction(Doc = "get_threshold() -> (threshold0, threshold1, threshold2) as stored.")]
    public static PyTuple get_threshold()
        => new(Current.Thresholds.Select(t => (PyObject)PyInt.Get(t)).ToArray());

    [PythonFunction(Doc = "set_threshold(threshold0[, threshold1[, threshold2]]) -> None. Stores them.")]
    public static void set_threshold(int threshold0, int threshold1 = int.MinValue, int threshold2 = int.MinValue)
    {
        var t = Current.Thresholds;
        t[0] = threshold0;
        if (threshold1 != int.MinValue) t[1] = threshold1;
        if (threshold2 != int.MinValue) t[2] = threshold2;
    }

    /// <summary>(0, .NET generation-0 collections since the last generation-1 one, generation-1 ones since gc.collect()).</summary>
    [PythonFunction(Doc = "get_count() -> (0, generation-0 collections since a generation-1 one, generation-1 since gc.collect()).")]
    public static PyTuple get_count()
    {
        var state = Current;
        return new PyTuple(PyInt.Get(0), PyInt.Get(Math.Max(0, GC.CollectionCount(0) - state.Gen0AtLastGen1)),
            PyInt.Get(Math.Max(0, GC.CollectionCount(1) - state.Gen1AtLastFull)));
    }

    [PythonFunction(Doc = "is_tracked(obj) -> whether CPython's collector would track obj (containers yes, atoms no).")]
    public static bool is_tracked(PyObject obj) => ObjectGraph.IsTracked(obj);

    [PythonFunction(Doc = "get_objects() -> [...]\n\nReturn a list of the tracked objects the program can reach.\n")]
    public static PyList get_objects(PyContext ctx)
    {
        var result = new PyList();
        foreach (var o in ObjectGraph.Reachable(ctx, result)) result.Append(o);
        return result;
    }

    [PythonFunction(Doc = "get_referents(*objs) -> the objects that objs refer to directly.")]
    public static PyList get_referents(params PyObject[] objs)
    {
        var result = new PyList();
        foreach (var o in objs) ObjectGraph.Referents(o, result.Append);
        return result;
    }

    [PythonFunction(Doc = "get_referrers(*objs) -> the reachable objects that refer directly to one of objs.")]
    public static PyList get_referrers(PyContext ctx, params PyObject[] objs)
    {
        var targets = new HashSet<PyObject>(objs, ReferenceEqualityComparer.Instance);
        var result = new PyList();
        foreach (var candidate in ObjectGraph.Reachable(ctx, result))
        {
            var refers = false;
            ObjectGraph.Referents(candidate, r => refers |= targets.Contains(r));
            if (refers) result.Append(candidate);
        }
        return result;
    }
}
