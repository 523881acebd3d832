using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// What CPython's _sqlite3 keeps in C globals, kept per run here (each request is its own process for the
/// script): the adapter and converter registries (the module's adapters/converters dicts, which stay the ones
/// the C code reads even if a script rebinds the names), whether a basic type got an adapter, and
/// enable_callback_tracebacks.
/// </summary>
internal sealed class SqliteState
{
    private static readonly ConditionalWeakTable<PyContext, SqliteState> s_states = new();

    public PyDict Adapters { get; } = new();
    public PyDict Converters { get; } = new();

    /// <summary>Set once an adapter is registered for int, long, float, str, unicode or buffer: then every value is adapted.</summary>
    public bool BaseTypeAdapted { get; set; }

    public bool CallbackTracebacks { get; set; }

    /// <summary>enable_shared_cache: SQLite's switch is process-wide, so here it only applies to this run's connections.</summary>
    public bool SharedCache { get; set; }

    public static SqliteState Of(PyContext ctx) => s_states.GetValue(ctx, _ => new SqliteState());

    public static SqliteState Current => Of(PyContext.Current);
}
