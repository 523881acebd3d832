namespace PyCgiRunner.Python.Modules.SystemModules.Fcntl;

/// <summary>A byte range [Start, End) of a record lock; End is long.MaxValue for "to the end of the file and beyond" (l_len 0).</summary>
internal readonly record struct LockRange(long Start, long End)
{
    public static readonly LockRange WholeFile = new(0, long.MaxValue);

    public bool Overlaps(LockRange other) => Start < other.End && other.Start < End;

    /// <summary>The parts of this range outside other (none, one or two pieces).</summary>
    public IEnumerable<LockRange> Minus(LockRange other)
    {
        if (!Overlaps(other)) { yield return this; yield break; }
        if (Start < other.Start) yield return new LockRange(Start, other.Start);
        if (other.End < End) yield return new LockRange(other.End, End);
    }

    /// <summary>l_len as F_GETLK reports it: 0 for a range that runs to the end.</summary>
    public long Length => End == long.MaxValue ? 0 : End - Start;
}
