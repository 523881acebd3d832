namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>
/// A known-failures list (DESIGN.md, Conventions): one case name per line, then <c> # reason</c>. A listed case
/// must still fail; one that passes must be removed, so the list only shrinks.
/// </summary>
public static class CgiKnownFailures
{
    public static IReadOnlyDictionary<string, string> Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", fileName);
        var list = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
                continue;
            var hash = line.IndexOf('#');
            var name = (hash < 0 ? line : line[..hash]).Trim();
            list[name] = hash < 0 ? "" : line[(hash + 1)..].Trim();
        }
        return list;
    }
}
