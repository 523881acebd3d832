using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Hosting;

/// <summary>Modules implemented in C#, created per run (their dicts are mutable from Python).</summary>
public sealed class NativeModules
{
    private readonly Dictionary<string, Func<PyContext, PyModule>> _factories = new();

    public void Register(string name, Func<PyContext, PyModule> factory) => _factories[name] = factory;

    public bool TryCreate(string name, PyContext ctx, out PyModule module)
    {
        if (_factories.TryGetValue(name, out var factory))
        {
            module = factory(ctx);
            return true;
        }
        module = null!;
        return false;
    }

    public bool Contains(string name) => _factories.ContainsKey(name);

    public IEnumerable<string> Names => _factories.Keys;

    private PyTuple? _sortedNames;

    /// <summary>sys.builtin_module_names: built once (registration is over before any run) and shared, being immutable.</summary>
    public PyTuple SortedNameTuple
        => _sortedNames ??= new PyTuple(_factories.Keys.Order(StringComparer.Ordinal).Select(n => (PyObject)PyStr.From(n)).ToArray());
}
