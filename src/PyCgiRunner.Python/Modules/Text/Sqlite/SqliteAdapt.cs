using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// PEP 246 adaptation as pysqlite's microprotocols.c does it: the registry entry for (type(obj), protocol), then
/// protocol.__adapt__(obj), then obj.__conform__(protocol); a None answer or a TypeError moves on to the next.
/// </summary>
internal static class SqliteAdapt
{
    public static PyObject Adapt(SqliteState state, PyObject obj, PyObject protocol)
    {
        if (state.Adapters.TryGetValue(new PyTuple(obj.Type, protocol), out var adapter))
            return Ops.CallFunction(adapter, obj);
        if (TryHook(protocol, "__adapt__", obj, out var adapted)) return adapted;
        if (TryHook(obj, "__conform__", protocol, out adapted)) return adapted;
        throw SqliteErrors.Programming("can't adapt");
    }

    private static bool TryHook(PyObject target, string name, PyObject argument, out PyObject result)
    {
        result = PyNone.Instance;
        if (Ops.GetAttrOrNull(target, name) is not { } hook) return false;
        try
        {
            result = Ops.CallFunction(hook, argument);
            return result is not PyNone;
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
        {
            return false;
        }
    }
}
