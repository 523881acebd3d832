using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>
/// The locks of every run in this process, by resolved path, so that runs working on the same file at the same
/// time exclude each other as CPython processes do (a guestbook's flock around its data file). A blocked request
/// waits in short slices, checking the run's limits between them; a lock that only the waiting run itself holds
/// through another open file would wait forever in CPython and fails with EDEADLK here instead.
/// </summary>
internal static class FileLockTable
{
    private static readonly object s_gate = new();
    private static readonly Dictionary<string, PathLocks> s_paths = new();
    private static readonly TimeSpan s_slice = TimeSpan.FromMilliseconds(20);

    private static PythonException WouldBlock() => PyErr.IOError(11, "Resource temporarily unavailable");

    /// <summary>flock: exclusive true/false, or null to unlock.</summary>
    public static void Flock(LockTarget target, bool? exclusive, bool wait)
    {
        var stream = target.Stream!;
        Change(target, wait,
            (p, run) => exclusive is { } ex ? p.FlockConflict(stream, ex) is { } c ? (c.Run == run ? Deadlock : Busy) : Free : Free,
            (p, run) => p.SetFlock(stream, run, exclusive));
    }

    /// <summary>A record lock over a range: exclusive true/false, or null to unlock.</summary>
    public static void Record(LockTarget target, LockRange range, bool? exclusive, bool wait)
    {
        var stream = target.Stream!;
        Change(target, wait,
            (p, run) => exclusive is { } ex && p.RecordConflict(run, range, ex) is not null ? Busy : Free,
            (p, run) => p.SetRecord(run, stream, range, exclusive));
    }

    /// <summary>F_GETLK: the first record lock of another run that would block this one, or null.</summary>
    public static PathLocks.Record? Test(LockTarget target, LockRange range, bool exclusive)
    {
        lock (s_gate)
        {
            if (!s_paths.TryGetValue(target.Key, out var p)) return null;
            p.Purge();
            return p.RecordConflict(RunLocks.Of(PyContext.Current), range, exclusive);
        }
    }

    private const int Free = 0, Busy = 1, Deadlock = 2;

    private static void Change(LockTarget target, bool wait, Func<PathLocks, RunLocks, int> conflict, Action<PathLocks, RunLocks> apply)
    {
        var ctx = PyContext.Current;
        var run = RunLocks.Of(ctx);
        lock (s_gate)
        {
            if (!s_paths.TryGetValue(target.Key, out var p)) s_paths[target.Key] = p = new PathLocks();
            run.Keys.Add(target.Key);
            while (true)
            {
                p.Purge();
                var state = conflict(p, run);
                if (state == Deadlock && wait) throw PyErr.IOError(35, "Resource deadlock avoided");
                if (state == Free)
                {
                    var saved = p.Snapshot();
                    apply(p, run);
                    if (SyncOs(p, target.Key, target.CanWrite)) break;
                    // Another process holds the file: undo and wait like any other conflict.
                    p.Restore(saved);
                }
                if (!wait) throw WouldBlock();
                Monitor.Wait(s_gate, s_slice);
                ctx.CheckLimits();
            }
            Forget(target.Key, p);
            Monitor.PulseAll(s_gate);
        }
    }

    /// <summary>Brings the operating-system lock to what the in-process locks call for; false when another process is in the way.</summary>
    private static bool SyncOs(PathLocks p, string key, bool canWrite)
    {
        var wanted = p.WantedOsMode;
        if (p.OsUnavailable || wanted == p.OsMode) return true;
        try
        {
            if (wanted == true && p.Os is { Writable: false })
            {
                // Upgrading needs a descriptor open for writing.
                p.Os.Dispose();
                p.Os = null;
                p.OsMode = null;
            }
            p.Os ??= OfdLock.TryOpen(key, canWrite || wanted == true);
            if (p.Os is null)
            {
                p.OsUnavailable = true;
                return true;
            }
            if (!p.Os.TrySet(wanted switch { true => OfdLock.Exclusive, false => OfdLock.Shared, null => OfdLock.Unlocked })) return false;
            p.OsMode = wanted;
            return true;
        }
        catch (NotSupportedException)
        {
            p.OsUnavailable = true;
            return true;
        }
    }

    /// <summary>A path with no locks left gives up its operating-system lock and its entry.</summary>
    private static void Forget(string key, PathLocks p)
    {
        if (!p.IsEmpty) return;
        p.Os?.Dispose();
        s_paths.Remove(key);
    }

    /// <summary>A run is over: what it held is released, and paths whose locks went with closed files are cleaned up.</summary>
    public static void ReleaseRun(RunLocks run)
    {
        lock (s_gate)
        {
            foreach (var key in run.Keys)
            {
                if (!s_paths.TryGetValue(key, out var p)) continue;
                p.Purge();
                SyncOs(p, key, false);
                Forget(key, p);
            }
            run.Keys.Clear();
            Monitor.PulseAll(s_gate);
        }
    }
}
