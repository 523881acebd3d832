namespace PyCgiRunner.Python.Hosting.Library;

/// <summary>
/// Finds the Python 2.7 standard library the engine imports from (DESIGN.md: the library is CPython's own, from an
/// installed package, never copied into this repository). In order: the configured path (option, --stdlib,
/// PYCGI_STDLIB), a CPython 2.7 installation at /usr/lib/python2.7, Debian's jython package's jar.
/// </summary>
public static class StandardLibrary
{
    public const string EnvironmentVariable = "PYCGI_STDLIB";
    public const string CPythonFolder = "/usr/lib/python2.7";
    public const string JythonJar = "/usr/share/java/jython.jar";

    public const string HowToInstall =
        "no Python 2.7 standard library found: install Debian's jython package (apt-get install jython), " +
        "or point --stdlib (or " + EnvironmentVariable + ") at a CPython 2.7 lib/python2.7 folder or a jython.jar";

    /// <summary>The library to use, or a StandardLibraryNotFoundException saying what to install or configure.</summary>
    public static ModuleSource Locate(string? configured = null)
    {
        configured ??= Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } env ? env : null;
        if (configured is not null)
            return Open(configured) ?? throw new StandardLibraryNotFoundException(
                $"the configured Python 2.7 standard library '{configured}' is not a folder holding os.py nor a jar/zip with Lib/os.py");
        return Open(CPythonFolder) ?? Open(JythonJar) ?? throw new StandardLibraryNotFoundException(HowToInstall);
    }

    /// <summary>A folder with os.py, an archive with Lib/os.py (or os.py at its root), or "archive.jar/Folder".</summary>
    public static ModuleSource? Open(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            return File.Exists(Path.Combine(full, "os.py")) ? new DirectoryModuleSource(full, $"the Python 2.7 library in {full}") : null;
        var (archive, folder) = SplitArchivePath(full);
        if (archive is null) return null;
        try
        {
            foreach (var candidate in folder is null ? new[] { "Lib", "" } : [folder])
            {
                var source = new ZipModuleSource(archive, candidate, $"the Python 2.7 library in {archive}" + (candidate.Length > 0 ? $" ({candidate}/)" : ""));
                if (source.FileExists("os.py")) return source;
                source.Dispose();
            }
        }
        catch (InvalidDataException) { }
        return null;
    }

    // "/usr/share/java/jython.jar" or "/usr/share/java/jython.jar/Lib": the archive file and the folder inside it.
    private static (string? Archive, string? Folder) SplitArchivePath(string full)
    {
        if (File.Exists(full)) return (full, null);
        for (var dir = Path.GetDirectoryName(full); dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(dir)) return (dir, full[(dir.Length + 1)..]);
        return (null, null);
    }
}
