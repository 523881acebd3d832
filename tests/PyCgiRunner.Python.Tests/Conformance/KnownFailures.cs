namespace PyCgiRunner.Python.Tests.Conformance;

/// <summary>
/// A corpus's known-failures list: one case name per line followed by "# reason". Lines starting with #
/// are comments. Every listed case must carry a reason.
/// </summary>
public sealed class KnownFailures
{
    private readonly Dictionary<string, string> _reasons = new();

    public KnownFailures(string path)
    {
        if (!File.Exists(path)) return;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var hash = line.IndexOf('#');
            var name = (hash < 0 ? line : line[..hash]).Trim();
            var reason = hash < 0 ? "" : line[(hash + 1)..].Trim();
            if (reason.Length == 0) throw new InvalidDataException($"{path}: '{name}' has no reason");
            _reasons[name] = reason;
        }
    }

    public bool Contains(string caseName) => _reasons.ContainsKey(caseName);
    public string? ReasonFor(string caseName) => _reasons.GetValueOrDefault(caseName);
    public IEnumerable<string> Names => _reasons.Keys;
}
