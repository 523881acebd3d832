using System.Runtime.InteropServices;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Fair CPU between short and long scripts (issue 7, item 9): a script that is still running after a while (an
/// endless loop, a runaway native computation that ignores its deadline) has its thread lowered to the weakest
/// priority (Linux nice 19), so requests that finish in milliseconds still get the processors while it runs; it
/// keeps using whatever CPU is idle. Linux only (elsewhere a no-op); a thread's priority is its own.
/// </summary>
internal sealed class LongRunDemotion : IDisposable
{
    private const int PrioProcess = 0;
    private const int Weakest = 19;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    private readonly object _lock = new();
    private readonly int _tid;
    private readonly Timer? _timer;
    private bool _demoted;
    private bool _finished;

    private LongRunDemotion(int tid, TimeSpan after)
    {
        _tid = tid;
        _timer = new Timer(_ => Demote(), null, after, Timeout.InfiniteTimeSpan);
    }

    private LongRunDemotion() { }

    /// <summary>Called on the script's thread when it starts: demotes that thread once <paramref name="after"/> has passed.</summary>
    public static LongRunDemotion Schedule(TimeSpan after)
    {
        if (s_unavailable || after <= TimeSpan.Zero)
            return new LongRunDemotion();
        try
        {
            return new LongRunDemotion(gettid(), after);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            s_unavailable = true;
            return new LongRunDemotion();
        }
    }

    private void Demote()
    {
        // Under the lock the thread cannot have ended (Dispose, on that thread, waits for it), so the id is its own.
        lock (_lock)
        {
            if (_finished)
                return;
            _demoted = setpriority(PrioProcess, _tid, Weakest) == 0;
        }
    }

    /// <summary>At the run's end, on its thread: no later demotion; the old priority back (best effort).</summary>
    public void Dispose()
    {
        lock (_lock)
        {
            _finished = true;
            if (_demoted)
                setpriority(PrioProcess, _tid, 0);
        }
        _timer?.Dispose();
    }

#pragma warning disable SYSLIB1054 // DllImport of plain ints: LibraryImport would need unsafe code in this project.
    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int priority);

    [DllImport("libc")]
    private static extern int gettid();
#pragma warning restore SYSLIB1054
}
