using PyCgiRunner.Python.Hosting.Library;

namespace PyCgiRunner.Python.Hosting;

/// <summary>What a PythonEngine is built from: where our own Python modules and the standard library are.</summary>
public sealed record EngineOptions
{
    /// <summary>Our own Python modules (stdlib-shims/); found next to the program when not given.</summary>
    public string? ShimsDirectory { get; init; }

    /// <summary>
    /// The Python 2.7 standard library: a CPython lib/python2.7 folder, a jython.jar, or "archive.jar/Lib".
    /// When not given: PYCGI_STDLIB, then /usr/lib/python2.7, then /usr/share/java/jython.jar.
    /// </summary>
    public string? StandardLibrary { get; init; }

    /// <summary>An already opened library (tests, embedding); wins over <see cref="StandardLibrary"/>.</summary>
    public ModuleSource? LibrarySource { get; init; }
}
