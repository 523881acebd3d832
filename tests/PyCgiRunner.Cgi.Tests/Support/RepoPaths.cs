namespace PyCgiRunner.Cgi.Tests.Support;

/// <summary>Finds the repository (the folder holding PyCgiRunner.sln) and the shared corpora beside it.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>The corpora are read where they live, never copied (DESIGN.md, Conventions).</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string GatewayCorpus => Path.Combine(Shared, "conformance", "gateway");

    public static string CgiCorpus => Path.Combine(Shared, "conformance", "cgi");

    /// <summary>Our own extra cases in the cgi corpus' format (tests/cases/cgi-extra/README.md).</summary>
    public static string CgiExtraCorpus => Path.Combine(Root, "tests", "cases", "cgi-extra");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PyCgiRunner.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("PyCgiRunner.sln not found above " + AppContext.BaseDirectory);
    }
}
