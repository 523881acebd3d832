namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// Private name mangling (Python 2.7 reference §5.2.1): inside a class, an identifier __spam (at least two
/// leading underscores, not ending in two) becomes _ClassName__spam, with the class name's leading
/// underscores stripped. Applies in the class body and in everything nested in it.
/// </summary>
public static class NameMangling
{
    public static string Mangle(string? className, string name)
    {
        if (className is null || !name.StartsWith("__", StringComparison.Ordinal) || name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.'))
            return name;
        var stripped = className.TrimStart('_');
        return stripped.Length == 0 ? name : "_" + stripped + name;
    }
}
