namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// Which folders a script may read and write. Decisions are taken on the path the kernel would really reach
/// (<see cref="RealPath"/>: .. and every symbolic link resolved, the roots' own links too), so neither ../ tricks
/// nor a link inside a root can leave it. /tmp (and /tmp/...) is mapped to TempRoot when set, so tutorial scripts
/// that write to /tmp stay inside their own temporary folder.
/// </summary>
public sealed record SandboxPolicy
{
    private readonly IReadOnlyList<string> _readRoots = [];
    private readonly IReadOnlyList<string> _writeRoots = [];
    private string[] _realReadRoots = [];
    private string[] _realWriteRoots = [];

    // The resolved roots are computed when a root list is set, so a `with` copy that changes a list recomputes it.
    public IReadOnlyList<string> ReadRoots { get => _readRoots; init { _readRoots = value; _realReadRoots = Resolved(value); } }
    public IReadOnlyList<string> WriteRoots { get => _writeRoots; init { _writeRoots = value; _realWriteRoots = Resolved(value); } }
    public string? TempRoot { get; init; }
    /// <summary>No restriction at all (pycgi exec, like running python2.7 directly).</summary>
    public bool Unrestricted { get; init; }

    public static SandboxPolicy Open { get; } = new() { Unrestricted = true };

    public bool CanRead(string fullPath) => Authorize(fullPath, write: false) is not null;

    public bool CanWrite(string fullPath) => Authorize(fullPath, write: true) is not null;

    /// <summary>
    /// The path to operate on when the policy allows reading (or writing) <paramref name="fullPath"/>: its real
    /// form, so what was checked is what gets opened. Null when refused. Unrestricted policies resolve nothing.
    /// </summary>
    public string? Authorize(string fullPath, bool write)
    {
        if (Unrestricted)
            return fullPath;
        var real = RealPath.Resolve(fullPath);
        return real is not null && Allows(real, write) ? real : null;
    }

    /// <summary>As <see cref="Authorize"/> for an operation on the directory entry itself (unlink, rename, rmdir).</summary>
    public string? AuthorizeEntry(string fullPath)
    {
        if (Unrestricted)
            return fullPath;
        var real = RealPath.ResolveEntry(fullPath);
        return real is not null && Allows(real, write: true) ? real : null;
    }

    private bool Allows(string real, bool write) =>
        IsUnder(real, _realWriteRoots) || (!write && IsUnder(real, _realReadRoots));

    private static string[] Resolved(IReadOnlyList<string> roots) =>
        roots.Select(r => RealPath.Resolve(Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))))
            .OfType<string>().ToArray();

    private static bool IsUnder(string path, string[] roots)
    {
        foreach (var r in roots)
        {
            if (path.Equals(r, StringComparison.Ordinal) || path.StartsWith(r == "/" ? r : r + "/", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
