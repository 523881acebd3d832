namespace PyCgiRunner.Python.Hosting.Library;

/// <summary>No usable Python 2.7 standard library: the message says in one line what to install or configure.</summary>
public sealed class StandardLibraryNotFoundException(string message) : Exception(message);
