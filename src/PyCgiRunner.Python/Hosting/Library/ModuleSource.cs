namespace PyCgiRunner.Python.Hosting.Library;

/// <summary>
/// A place the import system finds Python modules in: a folder, or a folder inside a zip or jar archive (as
/// CPython's zipimport serves an `archive.jar/Lib` entry of sys.path). Paths given to it are relative, with '/'
/// separators ("os.py", "xml/dom/__init__.py"). Sources the engine owns (our stdlib-shims/, the installed
/// standard library) are read directly; a script's own folders go through its sandboxed platform instead.
/// </summary>
public abstract class ModuleSource
{
    /// <summary>The sys.path entry that stands for this source.</summary>
    public abstract string PathEntry { get; }

    public abstract bool FileExists(string relativePath);

    public abstract bool DirectoryExists(string relativePath);

    public abstract byte[] Read(string relativePath);

    /// <summary>What changes when the file changes: the compile cache and module templates compare it.</summary>
    public abstract ModuleVersion Version(string relativePath);

    /// <summary>The name a module's __file__ and tracebacks show.</summary>
    public string DisplayPath(string relativePath) => PathEntry + "/" + relativePath;

    /// <summary>A short description for logs ("the jython package's library in /usr/share/java/jython.jar").</summary>
    public abstract string Description { get; }
}
