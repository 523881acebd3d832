using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>
/// Where each object's <see cref="WeakReferenceList"/> lives: a table per running program, keyed weakly by the
/// object, so one request never sees another's weak references (builtin types are shared by all requests).
/// </summary>
internal static class WeakRefRegistry
{
    private static readonly ConditionalWeakTable<PyContext, ConditionalWeakTable<PyObject, WeakReferenceList>> s_tables = new();

    private static ConditionalWeakTable<PyObject, WeakReferenceList> Table() => s_tables.GetValue(PyContext.Current, _ => new());

    public static WeakReferenceList? Find(PyObject o) => Table().TryGetValue(o, out var list) ? list : null;

    public static WeakReferenceList For(PyObject o) => Table().GetValue(o, static key => new WeakReferenceList(key));
}
