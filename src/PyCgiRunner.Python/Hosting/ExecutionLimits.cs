namespace PyCgiRunner.Python.Hosting;

/// <summary>What one run may use: a deadline, a cancellation token and an allocation budget (0 = unlimited).</summary>
public sealed record ExecutionLimits
{
    public DateTime Deadline { get; init; } = DateTime.MaxValue;
    public CancellationToken Cancellation { get; init; }
    public long MaxAllocatedBytes { get; init; }
    /// <summary>
    /// A bound on the managed heap of the whole process (live memory of every run together, 0 = none): a run
    /// that needs more gets MemoryError, and one that finds the heap past it at a limit check is stopped.
    /// </summary>
    public long MaxProcessHeapBytes { get; init; }
    /// <summary>
    /// Allocation after which <see cref="OnHeavyAllocation"/> is called, once, on the run's own thread (0 = never):
    /// the host uses it to lower the priority of a run that churns memory, whose cost (zeroing, collections) falls
    /// on every other request.
    /// </summary>
    public long HeavyAllocationBytes { get; init; }
    public Action? OnHeavyAllocation { get; init; }

    public static ExecutionLimits None { get; } = new();
}

public enum ScriptStopReason { TimeLimit, MemoryLimit, Cancelled }

/// <summary>
/// Thrown (not as a Python exception, so no 'except:' can swallow it) when a limit stops a script.
/// </summary>
public sealed class ScriptCancelledException : Exception
{
    public ScriptStopReason Reason { get; }
    public ScriptCancelledException(ScriptStopReason reason) : base($"script stopped: {reason}") { Reason = reason; }
}
