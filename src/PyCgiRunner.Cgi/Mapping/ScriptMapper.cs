using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Cgi.Mapping;

/// <summary>
/// Maps a decoded URL path to a script the way Apache does: under a ScriptAlias every file runs; under the
/// document root (with ExecCGI) files with a script extension run. The first path segment that names an
/// existing file is the script; the rest of the path is PATH_INFO.
/// </summary>
public sealed class ScriptMapper
{
    private readonly IReadOnlyList<KeyValuePair<string, string>> _aliases;
    private readonly string? _documentRoot;
    private readonly string[] _extensions;

    public ScriptMapper(CgiOptions options)
    {
        _aliases = options.EffectiveScriptAliases();
        _documentRoot = options.ExecCgiUnderDocumentRoot && options.DocumentRoot is not null
            ? Path.GetFullPath(options.DocumentRoot)
            : null;
        _extensions = options.ScriptExtensions;
    }

    public ScriptMatch Map(string path)
    {
        foreach (var (prefix, folder) in _aliases)
        {
            if (path.StartsWith(prefix, StringComparison.Ordinal))
                return Walk(folder, prefix, path[prefix.Length..], anyFile: true);
            // "/cgi-bin" names the alias folder itself.
            if (prefix.EndsWith('/') && path == prefix[..^1])
                return new ScriptMatch(ScriptMatchKind.Forbidden, Reason: "a script folder is not a script");
        }
        if (_documentRoot is not null && path.StartsWith('/'))
        {
            var match = Walk(_documentRoot, "/", path[1..], anyFile: false);
            return match.Kind == ScriptMatchKind.Forbidden ? match : match.Kind == ScriptMatchKind.Script ? match : ScriptMatch.NotScript;
        }
        return ScriptMatch.NotScript;
    }

    private ScriptMatch Walk(string folder, string prefix, string rest, bool anyFile)
    {
        var root = Path.GetFullPath(folder);
        var current = root;
        var offset = 0;
        while (offset <= rest.Length)
        {
            var slash = rest.IndexOf('/', offset);
            var end = slash < 0 ? rest.Length : slash;
            var segment = rest[offset..end];
            if (segment.Length > 0)
            {
                if (!IsSafeSegment(segment))
                    return new ScriptMatch(ScriptMatchKind.Forbidden, Reason: $"unsafe path segment '{segment}'");
                current = Path.Combine(current, segment);
                if (!IsInside(root, current))
                    return new ScriptMatch(ScriptMatchKind.Forbidden, Reason: "path escapes the script folder");
                if (File.Exists(current))
                {
                    if (!anyFile && !_extensions.Contains(Path.GetExtension(current), StringComparer.OrdinalIgnoreCase))
                        return ScriptMatch.NotScript;
                    // Links are followed only while they stay in the folder: cgi-bin/link -> /etc must never run
                    // /etc/shadow (issue 7, item 4). The check is on the file reached, every link resolved.
                    if (!IsReallyInside(root, current))
                        return new ScriptMatch(ScriptMatchKind.Forbidden, Reason: "a symbolic link leads out of the script folder");
                    var scriptName = prefix + rest[..end];
                    return new ScriptMatch(ScriptMatchKind.Script, new ScriptTarget(current, scriptName, rest[end..]));
                }
                if (!Directory.Exists(current))
                    return new ScriptMatch(ScriptMatchKind.NotFound, Reason: "no such script");
            }
            if (slash < 0)
                break;
            offset = slash + 1;
        }
        return anyFile
            ? new ScriptMatch(ScriptMatchKind.Forbidden, Reason: "a script folder is not a script")
            : ScriptMatch.NotScript;
    }

    /// <summary>
    /// Kestrel removes dot segments and decodes the path before we see it, so "..", "." or a backslash left in a
    /// segment can only come from an encoded traversal attempt (%2e%2e, %5c); refuse them outright.
    /// </summary>
    private static bool IsSafeSegment(string segment) =>
        segment is not (".." or ".")
        && segment.IndexOfAny(['\\', '\0', ':']) < 0
        && !segment.Contains("%2f", StringComparison.OrdinalIgnoreCase)
        && !segment.Contains("%5c", StringComparison.OrdinalIgnoreCase);

    private static bool IsReallyInside(string root, string candidate)
    {
        var realRoot = RealPath.Resolve(Path.TrimEndingDirectorySeparator(root));
        var real = RealPath.Resolve(Path.GetFullPath(candidate));
        return realRoot is not null && real is not null && real.StartsWith(realRoot.TrimEnd('/') + "/", StringComparison.Ordinal);
    }

    private static bool IsInside(string root, string candidate)
    {
        var full = Path.GetFullPath(candidate);
        var rootWithSlash = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return full.StartsWith(rootWithSlash, StringComparison.Ordinal);
    }
}
