using System.Runtime.InteropServices;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Fair CPU between light and heavy scripts (issue 7, item 9): a script whose thread has used more than a set amount
/// of processor time (an endless loop, a deep recursion, a runaway native computation that ignores its deadline) is
/// moved to Linux's SCHED_IDLE class (nice 19 where that is refused), so requests that need milliseconds still get
/// the processors while it runs: the kernel preempts an idle-class thread as soon as any other one wakes up, where
/// a nice-19 thread keeps its slice and delays every wake-up of the request path. It keeps using idle CPU.
/// Processor time, not wall time: a light script that waits behind others on a busy machine is not demoted.
/// Linux only (elsewhere a no-op); a thread's priority is its own. (The class works within the process's share:
/// on a machine shared through autogroups the idle thread still spends the server's share when it is not busy.)
/// </summary>
internal sealed class LongRunDemotion : IDisposable
{
    private const int PrioProcess = 0;
    private const int Weakest = 19;
    private const int SchedOther = 0;
    private const int SchedIdle = 5;

    private static bool s_unavailable = !OperatingSystem.IsLinux();

    private readonly object _lock = new();
    private readonly int _tid;
    private readonly TimeSpan _after;
    private readonly Timer? _timer;
    private bool _demoted;
    private bool _finished;

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

    /// <summary>On the script's own thread: demotes it now (it allocates heavily, see CgiLimits.LowerPriorityAfterAllocating).</summary>
    public void DemoteNow()
    {
        if (_timer is null) return; // demotion unavailable or off
        lock (_lock)
        {
            if (_finished || _demoted) return;
            _demoted = Demote();
        }
    }

    private bool Demote()
    {
        var none = 0;
        return sched_setscheduler(_tid, SchedIdle, ref none) == 0 || setpriority(PrioProcess, _tid, Weakest) == 0;
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
            if (!_demoted) _demoted = Demote();
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

    /// <summary>
    /// The calling thread's scheduling class and nice value, to tell whether a demotion was undone (a pooled worker
    /// compares it with its value at start, <see cref="ScriptWorkerPool"/>); null where demotion does not exist.
    /// </summary>
    public static (int Policy, int Nice)? CurrentThreadPriority()
    {
        if (s_unavailable)
            return null;
        try
        {
            return (sched_getscheduler(0), getpriority(PrioProcess, 0));
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
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
            {
                var none = 0;
                sched_setscheduler(_tid, SchedOther, ref none);
                setpriority(PrioProcess, _tid, 0);
            }
        }
        _timer?.Dispose();
    }

#pragma warning disable SYSLIB1054 // DllImport of plain ints: LibraryImport would need unsafe code in this project.
    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int priority);

    [DllImport("libc")]
    private static extern int gettid();

    /// <summary>getpriority(2) of the calling thread (who = 0): Linux gives each thread its own nice value.</summary>
    [DllImport("libc")]
    private static extern int getpriority(int which, int who);

    [DllImport("libc")]
    private static extern int sched_getscheduler(int pid);

    /// <summary>sched_setscheduler(2); the parameter is struct sched_param, a single int (0 for these classes).</summary>
    [DllImport("libc", SetLastError = true)]
    private static extern int sched_setscheduler(int pid, int policy, ref int param);
#pragma warning restore SYSLIB1054
}
