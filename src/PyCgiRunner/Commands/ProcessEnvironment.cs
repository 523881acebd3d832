namespace PyCgiRunner.Commands;

/// <summary>
/// This process's environment variables in the order of its environ array, as CPython's os.environ is built
/// from it (so `pycgi exec` and `python2.7` list os.environ alike): on Linux the order of /proc/self/environ,
/// with the current values; variables set since start-up, or everything where /proc is missing, follow.
/// </summary>
public static class ProcessEnvironment
{
    public static Dictionary<string, string> InOrder()
    {
        var current = Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? "", StringComparer.Ordinal);
        var ordered = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in NamesFromProc())
        {
            if (current.TryGetValue(name, out var value)) ordered.TryAdd(name, value);
        }
        foreach (var (name, value) in current.OrderBy(kv => kv.Key, StringComparer.Ordinal)) ordered.TryAdd(name, value);
        return ordered;
    }

    private static IEnumerable<string> NamesFromProc()
    {
        byte[] raw;
        try { raw = File.ReadAllBytes("/proc/self/environ"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { yield break; }
        foreach (var entry in System.Text.Encoding.UTF8.GetString(raw).Split('\0'))
        {
            var eq = entry.IndexOf('=');
            if (eq > 0) yield return entry[..eq];
        }
    }
}
