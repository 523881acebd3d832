namespace PyCgiRunner.Python.Runtime;

/// <summary>One run's codec registry (CPython keeps it per interpreter): search functions, lookups, error handlers.</summary>
public sealed class CodecState
{
    public List<PyObject> SearchFunctions { get; } = new();
    public Dictionary<string, PyObject> Cache { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PyObject> ErrorHandlers { get; } = new(StringComparer.Ordinal);
}
