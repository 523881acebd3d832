namespace PyCgiRunner.Python.Tests.Parsing;

/// <summary>Locates the shared corpora: the folder "shared" beside the repository root (the folder holding PyCgiRunner.sln).</summary>
internal static class SharedSources
{
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "PyCgiRunner.sln"))) dir = dir.Parent;
            if (dir == null) throw new InvalidOperationException("PyCgiRunner.sln not found above " + AppContext.BaseDirectory);
            return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
        }
    }

    /// <summary>Paths relative to Root, with '/' separators.</summary>
    public static IEnumerable<string> PythonFiles() =>
        Directory.EnumerateFiles(Root, "*.py", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/'))
            .OrderBy(p => p, StringComparer.Ordinal);
}
