using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Everything one running program (one CGI request) can see and change that CPython keeps per process:
/// sys.modules, the builtins namespace, stdio, argv, environment, working directory, exception state,
/// recursion depth and the limits that stop a runaway script. Never shared between requests.
/// The context of the running thread is reachable through <see cref="Current"/> for builtins that need it.
/// </summary>
public sealed class PyContext
{
    [ThreadStatic] private static PyContext? t_current;

    public static PyContext Current => t_current ?? throw new InvalidOperationException("no Python context on this thread");
    public static PyContext? CurrentOrNull => t_current;

    public PythonEngine Engine { get; }
    public IPlatform Platform { get; }
    public ExecutionLimits Limits { get; }
    public PyDict Modules { get; } = new();
    public PyDict Builtins { get; }
    /// <summary>The __builtin__ module: a view of Builtins.</summary>
    public PyModule BuiltinsModule { get; }
    public PyModule Sys { get; internal set; } = null!;
    public List<string> SearchPath { get; } = new();

    /// <summary>The process environment the program sees (os.environ's initial content).</summary>
    public Dictionary<string, string> EnvironmentVariables { get; set; } = new();

    public int RecursionLimit { get; set; } = 1000;

    /// <summary>sys.settrace's function (null when none).</summary>
    public PyObject? TraceFunction { get; private set; }
    /// <summary>sys.setprofile's function (null when none).</summary>
    public PyObject? ProfileFunction { get; private set; }
    /// <summary>True while a tracer or profiler is set: only then do calls report events (no cost otherwise).</summary>
    public bool IsTracing { get; private set; }

    private int _tracerDepth;

    public void SetTrace(PyObject? function) { TraceFunction = function; UpdateTracing(); }
    public void SetProfile(PyObject? function) { ProfileFunction = function; UpdateTracing(); }
    private void UpdateTracing() => IsTracing = _tracerDepth == 0 && (TraceFunction is not null || ProfileFunction is not null);

    /// <summary>No events while a tracer or profiler runs; disposing the scope resumes them.</summary>
    public TracingPause PauseTracing()
    {
        _tracerDepth++;
        IsTracing = false;
        return new TracingPause(this);
    }

    public sealed class TracingPause(PyContext ctx) : IDisposable
    {
        private Action? _after;
        /// <summary>A change to apply once events resume (removing a tracer that raised).</summary>
        public void Keep(Action change) => _after = change;
        public void Dispose()
        {
            ctx._tracerDepth--;
            _after?.Invoke();
            ctx.UpdateTracing();
        }
    }

    /// <summary>The codec registry of this run (codecs.register, register_error).</summary>
    public CodecState CodecState { get; } = new();

    /// <summary>What float.__setformat__ declared for this run ('double'/'float' → format), if anything.</summary>
    public Dictionary<string, string>? FloatFormats { get; set; }
    internal int Depth;
    private int _tick;
    private readonly long _allocationStart;

    /// <summary>The innermost running Python frame (globals(), locals(), sys._getframe()).</summary>
    public Frame? CurrentFrame { get; set; }

    /// <summary>The exception being handled (sys.exc_info()).</summary>
    public PythonException? HandledException { get; set; }

    /// <summary>intern()'s table: per run, so nothing a request interns outlives it (issue 7, item 8).</summary>
    internal Dictionary<string, PyStr>? Interned;

    /// <summary>Set when the program called sys.exit or finished; the exit status.</summary>
    public int? ExitCode { get; set; }

    public PyContext(PythonEngine engine, IPlatform platform, ExecutionLimits limits)
    {
        Engine = engine;
        Platform = platform;
        Limits = limits;
        Builtins = engine.CreateBuiltinsDict();
        BuiltinsModule = new PyModule("__builtin__", Builtins);
        _allocationStart = GC.GetAllocatedBytesForCurrentThread();
    }

    /// <summary>Makes this the context of the current thread until the returned scope is disposed.</summary>
    public Scope Enter()
    {
        var previous = t_current;
        t_current = this;
        return new Scope(previous);
    }

    public readonly struct Scope : IDisposable
    {
        private readonly PyContext? _previous;
        public Scope(PyContext? previous) { _previous = previous; }
        public void Dispose() => t_current = _previous;
    }

    public PyObject SysAttr(string name)
        => Sys.Dict.TryGetStr(name, out var v) ? v : throw PyErr.RuntimeError($"lost sys.{name}");

    /// <summary>
    /// Called at loop back-edges and function calls: cheap except every 1024th time, when it checks the
    /// cancellation token, the deadline and the allocation budget.
    /// </summary>
    public void Tick()
    {
        if ((++_tick & 1023) != 0) return;
        CheckLimits();
        if (_hasPendingCalls) RunPendingCalls();
    }

    private System.Collections.Concurrent.ConcurrentQueue<Action>? _pendingCalls;
    private volatile bool _hasPendingCalls;
    private bool _runningPendingCalls;

    /// <summary>
    /// Schedules work from any thread (weak-reference callbacks found by the collector's finalizer thread) to
    /// run on this program's thread at its next check point, as CPython's Py_AddPendingCall does.
    /// </summary>
    public void AddPendingCall(Action call)
    {
        var queue = _pendingCalls ?? Interlocked.CompareExchange(ref _pendingCalls, new(), null) ?? _pendingCalls!;
        queue.Enqueue(call);
        _hasPendingCalls = true;
    }

    /// <summary>Runs the scheduled calls now (check points and gc.collect); calls they schedule run too.</summary>
    public void RunPendingCalls()
    {
        if (!_hasPendingCalls || _runningPendingCalls) return;
        _runningPendingCalls = true;
        try
        {
            _hasPendingCalls = false;
            while (_pendingCalls!.TryDequeue(out var call)) call();
        }
        finally { _runningPendingCalls = false; }
    }

    public void CheckLimits()
    {
        if (Limits.Cancellation.IsCancellationRequested)
            throw new ScriptCancelledException(Limits.Cancellation.IsCancellationRequested && DateTime.UtcNow >= Limits.Deadline
                ? ScriptStopReason.TimeLimit : ScriptStopReason.Cancelled);
        if (DateTime.UtcNow >= Limits.Deadline)
            throw new ScriptCancelledException(ScriptStopReason.TimeLimit);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - _allocationStart;
        if (Limits.MaxAllocatedBytes > 0 && allocated > Limits.MaxAllocatedBytes)
            throw new ScriptCancelledException(ScriptStopReason.MemoryLimit);
        NoteAllocation(allocated);
        // Live memory of the whole server: the run that finds the heap over the bound is stopped.
        if (Limits.MaxProcessHeapBytes > 0 && ProcessHeap.IsOver(Limits.MaxProcessHeapBytes))
            throw new ScriptCancelledException(ScriptStopReason.MemoryLimit);
    }

    /// <summary>
    /// MemoryError unless this run may allocate <paramref name="bytes"/> more: within its allocation budget and
    /// within the server's heap bound (see <see cref="MemoryBudget"/>).
    /// </summary>
    public void ReserveMemory(long bytes)
    {
        long allocated = GC.GetAllocatedBytesForCurrentThread() - _allocationStart;
        if (Limits.MaxAllocatedBytes > 0 && allocated + bytes > Limits.MaxAllocatedBytes)
            throw PyErr.MemoryError();
        NoteAllocation(allocated + bytes);
        if (Limits.MaxProcessHeapBytes > 0 && ProcessHeap.IsOver(Limits.MaxProcessHeapBytes, bytes))
            throw PyErr.MemoryError();
    }

    private bool _heavyAllocationNoted;

    private void NoteAllocation(long allocated)
    {
        if (_heavyAllocationNoted || Limits.HeavyAllocationBytes <= 0 || allocated <= Limits.HeavyAllocationBytes) return;
        _heavyAllocationNoted = true;
        Limits.OnHeavyAllocation?.Invoke();
    }

    public void EnterCall()
    {
        // The stack is probed on every level: one level may hold deep native work (nested expressions, handlers
        // running while .NET unwinds), and whatever the script's recursion limit, the thread's stack is the bound.
        if (++Depth > RecursionLimit || !System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            Depth--;
            throw PyErr.RecursionError();
        }
        if ((++_tick & 1023) == 0)
        {
            CheckLimits();
            if (_hasPendingCalls) RunPendingCalls();
        }
    }

    public void ExitCall() => Depth--;

    private List<WeakReference<IDisposable>>? _runResources;

    /// <summary>
    /// Something the program holds that CPython would release when its process exits, such as an open SQLite
    /// connection (its locks and uncommitted transaction): released when the run ends, if still alive.
    /// </summary>
    public void ReleaseAtRunEnd(IDisposable resource) => (_runResources ??= new()).Add(new WeakReference<IDisposable>(resource));

    /// <summary>Called by the runner once the program, its exit functions included, is over.</summary>
    public void ReleaseRunResources()
    {
        if (_runResources is null) return;
        foreach (var w in _runResources)
        {
            if (!w.TryGetTarget(out var resource)) continue;
            try { resource.Dispose(); }
            catch (Exception e) when (e is PythonException or IOException or InvalidOperationException) { }
        }
        _runResources = null;
    }
}
