using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// _sqlite3, the C half of the sqlite3 package (CPython 2.7's pysqlite 2.6.0, Modules/_sqlite/module.c), on
/// SQLite through SQLitePCLRaw. The package itself (sqlite3/__init__.py, dbapi2.py, dump.py) is ours in
/// stdlib-shims/. Library reference §11.13.
/// </summary>
[PythonModule("_sqlite3")]
internal static partial class SqliteModule
{
    private static readonly string[] ConnectNames =
        ["database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements"];

    /// <summary>connect(): checks the arguments like Connection() would, then calls the factory with them as given.</summary>
    [PythonFunction(Keywords = true, Doc = "connect(database[, timeout, isolation_level, detect_types, factory])\n\nOpens a connection to the SQLite database file *database*. You can use\n\":memory:\" to open a database connection to a database that resides in\nRAM instead of on disk.")]
    public static PyObject connect([Kwargs] PyDict keywords, params PyObject[] positional)
    {
        var names = keywords.KeysList().Select(Ops.Str).ToArray();
        PyObject[] args = [.. positional, .. names.Select(n => keywords.GetStrOrNull(n)!)];
        var kw = names.Length == 0 ? null : names;
        var bound = ArgBinding.Keywords("connect", args, kw, 1, ConnectNames, false, out _, false, out _);
        var factory = bound[5] ?? PySqliteConnection.TypeObject;
        return Ops.Call(factory, args, kw);
    }

    [PythonFunction(Doc = "complete_statement(sql)\n\nChecks if a string contains a complete SQL statement. Non-standard.")]
    public static bool complete_statement(string statement)
    {
        SqliteNative.EnsureLoaded();
        var bytes = System.Text.Encoding.Latin1.GetBytes(statement);
        return SQLitePCL.raw.sqlite3_complete(SQLitePCL.utf8z.FromSpan([.. SqliteNative.UpToNul(bytes), 0])) != 0;
    }

    /// <summary>
    /// sqlite3_enable_shared_cache would switch every connection the server opens later; a run's choice stays
    /// its own instead: the connections it opens afterwards ask for a shared or a private cache.
    /// </summary>
    [PythonFunction(Keywords = true, Doc = "enable_shared_cache(do_enable)\n\nEnable or disable shared cache mode for the calling thread.\nExperimental/Non-standard.")]
    public static void enable_shared_cache(int do_enable) => SqliteState.Current.SharedCache = do_enable != 0;

    [PythonFunction(Doc = "register_adapter(type, callable)\n\nRegisters an adapter with pysqlite's adapter registry. Non-standard.")]
    public static void register_adapter(params PyObject[] args)
    {
        if (args.Length != 2) throw PyErr.TypeError($"function takes exactly 2 arguments ({args.Length} given)");
        var (type, caster) = (args[0], args[1]);
        var state = SqliteState.Current;
        // Adapting a basic type switches off the shortcut that binds those types without looking them up.
        if (type == BuiltinTypes.Int || type == BuiltinTypes.Long || type == BuiltinTypes.Float || type == BuiltinTypes.Str
            || type == BuiltinTypes.Unicode || type == PyBuffer.TypeObject)
            state.BaseTypeAdapted = true;
        state.Adapters.Set(new PyTuple(type, PySqlitePrepareProtocol.TypeObject), caster);
    }

    [PythonFunction(Doc = "register_converter(typename, callable)\n\nRegisters a converter with pysqlite. Non-standard.")]
    public static void register_converter(params PyObject[] args)
    {
        if (args.Length != 2) throw PyErr.TypeError($"function takes exactly 2 arguments ({args.Length} given)");
        var (typename, callable) = (args[0], args[1]);
        if (typename is not PyStr) throw PyErr.TypeError($"argument 1 must be string, not {SqliteNative.TypeName(typename)}");
        SqliteState.Current.Converters.Set(Ops.CallMethod(typename, "upper"), callable);
    }

    [PythonFunction(Doc = "enable_callback_tracebacks(flag)\n\nEnable or disable callback functions throwing errors to stderr.")]
    public static void enable_callback_tracebacks(int flag) => SqliteState.Current.CallbackTracebacks = flag != 0;

    /// <summary>adapt(obj[, protocol[, alternate]]): pysqlite 2.6.0 accepts the alternate but never returns it.</summary>
    [PythonFunction(Doc = "adapt(obj, protocol, alternate) -> adapt obj to given protocol. Non-standard.")]
    public static PyObject adapt(PyObject obj, PyObject? protocol = null, PyObject? alternate = null)
        => SqliteAdapt.Adapt(SqliteState.Current, obj, protocol ?? PySqlitePrepareProtocol.TypeObject);

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        SqliteNative.EnsureLoaded();
        var d = module.Dict;
        foreach (var t in SqliteErrors.All) d.SetStr(t.Name, t);
        d.SetStr("Connection", PySqliteConnection.TypeObject);
        d.SetStr("Cursor", PySqliteCursor.TypeObject);
        d.SetStr("Row", PySqliteRow.TypeObject);
        d.SetStr("Statement", PySqliteStatement.TypeObject);
        d.SetStr("PrepareProtocol", PySqlitePrepareProtocol.TypeObject);
        d.SetStr("Cache", PySqliteCache.TypeObject);
        // The marker text_factory: str for all-ASCII text, unicode otherwise. pysqlite uses the cell type as the token.
        d.SetStr("OptimizedUnicode", BuiltinTypes.Cell);
        d.SetStr("sqlite_version", PyStr.From(SqliteNative.LibraryVersion));
        var state = SqliteState.Of(ctx);
        d.SetStr("adapters", state.Adapters);
        d.SetStr("converters", state.Converters);
        AddConstants(d);
    }
}
