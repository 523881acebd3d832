namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// The pure string rules of posixpath (library reference §11.1), on .NET strings so str and unicode share them.
/// Written to give CPython 2.7's exact answers for the edge cases: a leading "//" kept by normpath, absolute
/// parts restarting join, dotfiles having no extension, trailing slashes kept on all-slash heads.
/// </summary>
public static class PosixPath
{
    public static bool IsAbs(string p) => p.StartsWith('/');

    public static string Join(string first, IEnumerable<string> rest)
    {
        var path = first;
        foreach (var part in rest)
        {
            if (part.StartsWith('/')) path = part;
            else if (path.Length == 0 || path.EndsWith('/')) path += part;
            else path += "/" + part;
        }
        return path;
    }

    /// <summary>Head keeps its slashes only when it is nothing but slashes ("/", "//").</summary>
    public static (string Head, string Tail) Split(string p)
    {
        var i = p.LastIndexOf('/') + 1;
        var head = p[..i];
        if (head.Length > 0 && head.Trim('/').Length > 0) head = head.TrimEnd('/');
        return (head, p[i..]);
    }

    public static string Basename(string p) => p[(p.LastIndexOf('/') + 1)..];

    public static string Dirname(string p) => Split(p).Head;

    /// <summary>The extension starts at the last dot of the last component, unless everything before it there is dots.</summary>
    public static (string Root, string Ext) SplitExt(string p)
    {
        var sepIndex = p.LastIndexOf('/');
        var dotIndex = p.LastIndexOf('.');
        if (dotIndex > sepIndex)
        {
            for (var i = sepIndex + 1; i < dotIndex; i++)
                if (p[i] != '.') return (p[..dotIndex], p[dotIndex..]);
        }
        return (p, "");
    }

    public static string NormPath(string path)
    {
        if (path.Length == 0) return ".";
        // POSIX lets implementations give exactly two leading slashes a meaning; three or more mean one.
        var initialSlashes = !path.StartsWith('/') ? 0 : path.StartsWith("//") && !path.StartsWith("///") ? 2 : 1;
        var parts = new List<string>();
        foreach (var comp in path.Split('/'))
        {
            if (comp.Length == 0 || comp == ".") continue;
            if (comp != ".." || (initialSlashes == 0 && parts.Count == 0) || (parts.Count > 0 && parts[^1] == ".."))
                parts.Add(comp);
            else if (parts.Count > 0)
                parts.RemoveAt(parts.Count - 1);
        }
        var result = new string('/', initialSlashes) + string.Join('/', parts);
        return result.Length == 0 ? "." : result;
    }

    public static string CommonPrefix(IReadOnlyList<string> items)
    {
        if (items.Count == 0) return "";
        var min = items.Min(StringComparer.Ordinal)!;
        var max = items.Max(StringComparer.Ordinal)!;
        var n = 0;
        while (n < min.Length && n < max.Length && min[n] == max[n]) n++;
        return min[..n];
    }

    public static string AbsPath(string path, string cwd) => NormPath(IsAbs(path) ? path : Join(cwd, [path]));

    public static string RelPath(string path, string start, string cwd)
    {
        var startParts = AbsPath(start, cwd).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var pathParts = AbsPath(path, cwd).Split('/', StringSplitOptions.RemoveEmptyEntries);
        var common = 0;
        while (common < startParts.Length && common < pathParts.Length && startParts[common] == pathParts[common]) common++;
        var rel = Enumerable.Repeat("..", startParts.Length - common).Concat(pathParts.Skip(common)).ToList();
        return rel.Count == 0 ? "." : Join(rel[0], rel.Skip(1));
    }

    /// <summary>$name and ${name} replaced when the variable is set; unknown ones stay as written.</summary>
    public static string ExpandVars(string path, Func<string, string?> lookup)
    {
        if (!path.Contains('$')) return path;
        var i = 0;
        while (true)
        {
            var dollar = path.IndexOf('$', i);
            if (dollar < 0 || dollar + 1 >= path.Length) return path;
            int end;
            string name;
            if (path[dollar + 1] == '{')
            {
                var close = path.IndexOf('}', dollar + 2);
                if (close < 0) { i = dollar + 1; continue; }
                name = path[(dollar + 2)..close];
                end = close + 1;
            }
            else
            {
                end = dollar + 1;
                while (end < path.Length && (char.IsAsciiLetterOrDigit(path[end]) || path[end] == '_')) end++;
                if (end == dollar + 1) { i = dollar + 1; continue; }
                name = path[(dollar + 1)..end];
            }
            if (lookup(name) is { } value)
            {
                var tail = path[end..];
                path = path[..dollar] + value;
                i = path.Length;
                path += tail;
            }
            else i = end;
        }
    }
}
