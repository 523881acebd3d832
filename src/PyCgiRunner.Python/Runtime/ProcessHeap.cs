namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// The server-wide bound on the managed heap (ExecutionLimits.MaxProcessHeapBytes), read so that garbage does
/// not count as use. <see cref="GC.GetTotalMemory(bool)"/> without a collection includes everything not yet
/// collected: after a burst of memory hogs the heap reads 1.5 GB of dead strings until the next full collection,
/// which an idle server never makes, and every run that looked then was stopped, an endless loop that allocates
/// nothing or a well-behaved upload alike. So a reading over the bound is confirmed by a full collection first;
/// collections are forced at most every <see cref="MinInterval"/>, so a hog that keeps the heap over the bound
/// costs the server a few collections a second, not one per check.
/// </summary>
public static class ProcessHeap
{
    private static readonly TimeSpan MinInterval = TimeSpan.FromMilliseconds(1000);
    private static readonly object CollectLock = new();
    private static long _lastCollectTicks = long.MinValue / 2;

    /// <summary>True when the live heap plus <paramref name="extra"/> bytes is over <paramref name="bound"/>.</summary>
    public static bool IsOver(long bound, long extra = 0)
    {
        if (GC.GetTotalMemory(false) + extra <= bound) return false;
        // Over by the cheap reading: it may be garbage. One thread collects; the others wait and reread.
        lock (CollectLock)
        {
            long now = Environment.TickCount64;
            if (now - Interlocked.Read(ref _lastCollectTicks) >= (long)MinInterval.TotalMilliseconds)
            {
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: false);
                Interlocked.Exchange(ref _lastCollectTicks, Environment.TickCount64);
            }
        }
        return GC.GetTotalMemory(false) + extra > bound;
    }
}
