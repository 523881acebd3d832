using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// What weak references and proxies share: the object, held through a .NET weak handle so that it is gone once
/// the collector takes it, and the callback called with the reference when that happens (on the program's
/// thread, errors reported as CPython's PyErr_WriteUnraisable reports them).
/// </summary>
internal abstract class WeakRefBase : PyObject, ITraversable
{
    private readonly WeakReference<PyObject> _target;
    private readonly PyContext _context;

    protected WeakRefBase(PyObject target, PyObject? callback)
    {
        _target = new WeakReference<PyObject>(target);
        Callback = callback;
        _context = PyContext.Current;
    }

    /// <summary>gc_traverse of weak references: the callback only (the object is held weakly).</summary>
    public void Traverse(Action<PyObject> visit)
    {
        if (Callback is not null) visit(Callback);
    }

    /// <summary>Null for none (a None callback is stored as none, as in CPython).</summary>
    public PyObject? Callback { get; }

    /// <summary>The object, or null once it has been collected.</summary>
    public PyObject? Target => _target.TryGetTarget(out var t) ? t : null;

    /// <summary>The object, or ReferenceError for a dead proxy.</summary>
    public PyObject Alive => Target ?? throw PyErr.New(BuiltinTypes.ReferenceError, "weakly-referenced object no longer exists");

    /// <summary>Called from the collector's finalizer thread: the callback runs later on the program's thread.</summary>
    public void ScheduleCallback() => _context.AddPendingCall(RunCallback);

    private void RunCallback()
    {
        var callback = Callback!;
        try { callback.Call([this], null); }
        catch (PythonException e) { WriteUnraisable(e, callback); }
    }

    /// <summary>"Exception ValueError: ValueError('boom',) in &lt;function cb at 0x...&gt; ignored" on sys.stderr.</summary>
    private static void WriteUnraisable(PythonException e, PyObject where)
    {
        var cls = e.PyClass;
        var name = cls is PyType t ? (t.ModuleName is "exceptions" or "__builtin__" ? t.Name : $"{t.ModuleName}.{t.Name}") : Ops.Str(Ops.GetAttr(cls, "__name__"));
        var text = $"Exception {name}: {Ops.Repr(e.Value)} in {Ops.Repr(where)} ignored\n";
        try { PrintNode.Write(PyContext.Current.SysAttr("stderr"), PyStr.From(text)); }
        catch (PythonException) { }
    }
}
