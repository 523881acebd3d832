namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// What the kernel will open for a path: every symbolic link resolved, component by component, as POSIX
/// realpath(3) does, so a policy decision is taken on the file that is really reached (a site's
/// <c>cgi-bin/link -> /etc</c> must not turn <c>link/passwd</c> into a readable site file). Components that do
/// not exist yet (a file about to be created) are kept as written after the resolved part.
/// </summary>
public static class RealPath
{
    /// <summary>Linux's MAXSYMLINKS: more links than this on one path is a loop (ELOOP).</summary>
    public const int MaxLinks = 40;

    /// <summary>The resolved form of an absolute path; null when its links loop or cannot be read.</summary>
    public static string? Resolve(string fullPath)
    {
        var pending = new LinkedList<string>(Split(fullPath));
        var resolved = new List<string>();
        var links = 0;
        var missing = false;
        while (pending.First is { } node)
        {
            var part = node.Value;
            pending.RemoveFirst();
            if (part is "" or ".")
                continue;
            if (part == "..")
            {
                if (resolved.Count > 0)
                    resolved.RemoveAt(resolved.Count - 1);
                continue;
            }
            resolved.Add(part);
            if (missing)
                continue;
            var candidate = Join(resolved);
            string? target;
            try
            {
                target = new FileInfo(candidate).LinkTarget;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // ENOENT, ENOTDIR, EACCES: the kernel cannot follow anything below here either.
                missing = true;
                continue;
            }
            if (target is null)
                continue;
            if (++links > MaxLinks)
                return null;
            resolved.RemoveAt(resolved.Count - 1);
            if (target.StartsWith('/'))
                resolved.Clear();
            var parts = Split(target);
            for (var i = parts.Length - 1; i >= 0; i--)
                pending.AddFirst(parts[i]);
        }
        return Join(resolved);
    }

    /// <summary>
    /// The directory entry a path names, for operations on the entry itself (unlink, rename, rmdir act on a link,
    /// not on what it points to): the parent resolved, the last component kept.
    /// </summary>
    public static string? ResolveEntry(string fullPath)
    {
        var trimmed = Path.TrimEndingDirectorySeparator(fullPath);
        var parent = Path.GetDirectoryName(trimmed);
        if (parent is null)
            return trimmed;
        var real = Resolve(parent);
        return real is null ? null : Path.Join(real, Path.GetFileName(trimmed));
    }

    private static string[] Split(string path) => path.Split('/');

    private static string Join(List<string> parts) => "/" + string.Join('/', parts);
}
