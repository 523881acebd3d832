using System.Runtime.InteropServices;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Fair CPU between light and heavy scripts (issue 7, item 9): a script whose thread has used more than a set amount
/// of processor time (an endless loop, a deep recursion, a runaway native computation that ignores its deadline) is
/// lowered to the weakest priority (Linux nice 19), so requests that need milliseconds still get the processors
/// while it runs; it keeps using whatever CPU is idle. Processor time, not wall time: a light script that waits
/// behind others on a busy machine is not demoted. Linux only (elsewhere a no-op); a thread's priority is its own.
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

    private readonly TimeSpan _after;

    private LongRunDemotion(int tid, TimeSpan after)
    {
        _tid = tid;
        _after = after;
        // A thread cannot use more processor time than has passed: the first look is after `after` of wall time.
        _timer = new Timer(_ => Check(), null, after, Timeout.InfiniteTimeSpan);
    }

    private LongRunDemotion() { }

    /// <summary>Called on the script's thread when it starts: demotes it once it has used <paramref name="after"/> of CPU.</summary>
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

    private void Check()
    {
        // Under the lock the thread cannot have ended (Dispose, on that thread, waits for it), so the id is its own.
        lock (_lock)
        {
            if (_finished)
                return;
            var used = ProcessorTime();
            if (used is { } cpu && cpu < _after)
            {
                _timer?.Change(_after - cpu, Timeout.InfiniteTimeSpan);
                return;
            }
            _demoted = setpriority(PrioProcess, _tid, Weakest) == 0;
        }
    }

    /// <summary>The thread's processor time so far: the first field of /proc/self/task/TID/schedstat, in nanoseconds.</summary>
    private TimeSpan? ProcessorTime()
    {
        try
        {
            var text = File.ReadAllText($"/proc/self/task/{_tid}/schedstat");
            var end = text.IndexOf(' ');
            return long.TryParse(end < 0 ? text : text[..end], out var ns) ? TimeSpan.FromTicks(ns / 100) : null;
        }
        catch (IOException)
        {
            return null;
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
