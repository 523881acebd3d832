namespace PyCgiRunner.EndToEnd.Tests.Support;

/// <summary>The repository (the folder holding PyCgiRunner.sln) and the shared tutorial beside it.</summary>
public static class EndToEndPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary>Read in place, never copied into the repository (DESIGN.md, Conventions).</summary>
    public static string Tutorial => Path.GetFullPath(Path.Combine(Root, "..", "shared", "tutorial"));

    /// <summary>Our own test scripts (sleeping, looping, recursing), copied into the scratch site's cgi-bin.</summary>
    public static string Scripts => Path.Combine(AppContext.BaseDirectory, "Scripts");

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
