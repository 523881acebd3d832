namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>
/// The locks of one file. flock locks belong to an open file (the stream; os.dup and os.fdopen share it), as
/// flock(2)'s belong to an open file description; record locks (lockf, fcntl F_SETLK) belong to the run, as
/// POSIX's belong to the process, and never conflict with the same run's. A lock whose stream was closed is gone,
/// as closing the last descriptor releases it.
/// </summary>
internal sealed class PathLocks
{
    public sealed record Flock(Stream Owner, RunLocks Run, bool Exclusive);

    public sealed record Record(RunLocks Run, Stream Via, LockRange Range, bool Exclusive);

    public List<Flock> Flocks { get; private set; } = new();
    public List<Record> Records { get; private set; } = new();

    /// <summary>The operating-system lock, once one was opened for the path.</summary>
    public OfdLock? Os { get; set; }

    /// <summary>The mode the operating-system lock is in: null unlocked, false shared, true exclusive.</summary>
    public bool? OsMode { get; set; }

    public bool OsUnavailable { get; set; }

    public bool IsEmpty => Flocks.Count == 0 && Records.Count == 0;

    private static bool IsClosed(Stream s) => !s.CanRead && !s.CanWrite && !s.CanSeek;

    public void Purge()
    {
        Flocks.RemoveAll(f => IsClosed(f.Owner) || !f.Run.IsLive);
        Records.RemoveAll(r => IsClosed(r.Via) || !r.Run.IsLive);
    }

    public Flock? FlockConflict(Stream owner, bool exclusive) =>
        Flocks.FirstOrDefault(f => f.Owner != owner && (exclusive || f.Exclusive));

    public Record? RecordConflict(RunLocks run, LockRange range, bool exclusive) =>
        Records.FirstOrDefault(r => r.Run != run && r.Range.Overlaps(range) && (exclusive || r.Exclusive));

    /// <summary>flock on an open file: replaces its lock (a conversion, as flock(2) does), or removes it (null).</summary>
    public void SetFlock(Stream owner, RunLocks run, bool? exclusive)
    {
        Flocks.RemoveAll(f => f.Owner == owner);
        if (exclusive is { } ex) Flocks.Add(new Flock(owner, run, ex));
    }

    /// <summary>A record lock: the run's locks over the range give way to the new one (or to none), split where needed.</summary>
    public void SetRecord(RunLocks run, Stream via, LockRange range, bool? exclusive)
    {
        var kept = new List<Record>();
        foreach (var r in Records)
        {
            if (r.Run != run || !r.Range.Overlaps(range)) { kept.Add(r); continue; }
            foreach (var piece in r.Range.Minus(range)) kept.Add(r with { Range = piece });
        }
        if (exclusive is { } ex) kept.Add(new Record(run, via, range, ex));
        Records = kept;
    }

    /// <summary>The operating-system lock the in-process locks call for.</summary>
    public bool? WantedOsMode =>
        Flocks.Any(f => f.Exclusive) || Records.Any(r => r.Exclusive) ? true : IsEmpty ? null : false;

    public (List<Flock>, List<Record>) Snapshot() => (new List<Flock>(Flocks), new List<Record>(Records));

    public void Restore((List<Flock> Flocks, List<Record> Records) saved)
    {
        Flocks = saved.Flocks;
        Records = saved.Records;
    }
}
