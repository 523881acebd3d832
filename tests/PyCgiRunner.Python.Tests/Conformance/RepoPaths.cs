namespace PyCgiRunner.Python.Tests.Conformance;

/// <summary>Where the repository and the shared corpora are, found from the test assembly's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "PyCgiRunner.sln"))) return d.FullName;
        throw new InvalidOperationException("PyCgiRunner.sln not found above " + AppContext.BaseDirectory);
    }
}
