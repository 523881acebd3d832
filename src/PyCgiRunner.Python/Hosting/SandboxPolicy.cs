namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// Which folders a script may read and write. Paths are compared after full resolution (.., symlinks of the
/// roots themselves), so ../ tricks cannot leave a root. /tmp (and /tmp/...) is mapped to TempRoot when set,
/// so tutorial scripts that write to /tmp stay inside the site's own temporary folder.
/// </summary>
public sealed record SandboxPolicy
{
    public IReadOnlyList<string> ReadRoots { get; init; } = [];
    public IReadOnlyList<string> WriteRoots { get; init; } = [];
    public string? TempRoot { get; init; }
    /// <summary>No restriction at all (pycgi exec, like running python2.7 directly).</summary>
    public bool Unrestricted { get; init; }

    public static SandboxPolicy Open { get; } = new() { Unrestricted = true };

    public bool CanRead(string fullPath) => Unrestricted || IsUnder(fullPath, ReadRoots) || IsUnder(fullPath, WriteRoots);

    public bool CanWrite(string fullPath) => Unrestricted || IsUnder(fullPath, WriteRoots);

    private static bool IsUnder(string path, IReadOnlyList<string> roots)
    {
        foreach (var root in roots)
        {
            var r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
            if (path.Equals(r, StringComparison.Ordinal) || path.StartsWith(r + "/", StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
