using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>
/// The owner of a run's locks, as a process owns its record locks in POSIX: when the run ends its locks are
/// released, as the kernel releases a process's locks when it exits. Held weakly, so a run that is never ended
/// properly does not keep its locks forever.
/// </summary>
internal sealed class RunLocks : IDisposable
{
    private static readonly ConditionalWeakTable<PyContext, RunLocks> s_runs = new();

    private readonly WeakReference<PyContext> _run;
    private bool _ended;

    private RunLocks(PyContext ctx)
    {
        _run = new WeakReference<PyContext>(ctx);
        ProcessId = ctx.Platform.ProcessId;
    }

    public static RunLocks Of(PyContext ctx) => s_runs.GetValue(ctx, c =>
    {
        var locks = new RunLocks(c);
        c.ReleaseAtRunEnd(locks);
        return locks;
    });

    /// <summary>The paths this run locked something on, to release at its end.</summary>
    public HashSet<string> Keys { get; } = new();

    /// <summary>The l_pid F_GETLK reports for this run's locks.</summary>
    public int ProcessId { get; }

    public bool IsLive => !_ended && _run.TryGetTarget(out _);

    public void Dispose()
    {
        _ended = true;
        FileLockTable.ReleaseRun(this);
    }
}
