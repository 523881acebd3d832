using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// User functions, aggregates, collations, the authorizer and the progress handler (the Python side of them;
/// <see cref="SqliteCallbacks"/> is the native side). Every callable is first put in a pinboard dict, as pysqlite
/// does, so an unhashable one is refused before SQLite sees it. Loading extensions is refused by the sandbox.
/// </summary>
internal sealed partial class PySqliteConnection
{
    private readonly PyDict _pinboard = new();
    private readonly PyDict _collations = new();

    [PythonFunction(Keywords = true, Doc = "Creates a new function. Non-standard.")]
    public void create_function(PyObject name, int narg, PyObject func)
    {
        CheckUsable();
        var text = NameArgument(name);
        _pinboard.Set(func, PyNone.Instance);
        if (!Callbacks.CreateFunction(text, narg, func)) throw SqliteErrors.Operational("Error creating function");
    }

    [PythonFunction(Keywords = true, Doc = "Creates a new aggregate. Non-standard.")]
    public void create_aggregate(PyObject name, int n_arg, PyObject aggregate_class)
    {
        CheckUsable();
        var text = NameArgument(name);
        _pinboard.Set(aggregate_class, PyNone.Instance);
        if (!Callbacks.CreateAggregate(text, n_arg, aggregate_class)) throw SqliteErrors.Operational("Error creating aggregate");
    }

    /// <summary>
    /// The name is upper-cased with str.upper itself (a subclass's override is not used) and may hold only
    /// ASCII letters, digits and '_'; a None callback removes the collation.
    /// </summary>
    [PythonFunction(Doc = "Creates a collation function. Non-standard.")]
    public void create_collation(PyObject name, PyObject callback)
    {
        CheckUsable();
        if (name is not PyStr s)
            throw PyErr.TypeError($"create_collation(name, callback)() argument 1 must be string, not {SqliteNative.TypeName(name)}");
        var upper = AsciiUpper(s.Value);
        foreach (var c in upper)
            if (!(c is >= '0' and <= '9' or >= 'A' and <= 'Z' or '_'))
                throw SqliteErrors.Programming("invalid character in collation name");
        if (callback is not PyNone && !BuiltinFunctions.IsCallable(callback)) throw PyErr.TypeError("parameter must be callable");
        var key = PyStr.From(upper);
        if (callback is PyNone)
        {
            if (!_collations.Remove(key)) throw PyErr.KeyError(key);
        }
        else _collations.Set(key, callback);
        if (!Callbacks.CreateCollation(upper, callback is PyNone ? null : callback))
        {
            _collations.Remove(key);
            throw SqliteErrors.FromDatabase(Db!) ?? SqliteErrors.Operational("Error creating collation");
        }
    }

    /// <summary>str.upper under the C locale: a-z only.</summary>
    private static string AsciiUpper(string s) => string.Concat(s.Select(c => c is >= 'a' and <= 'z' ? (char)(c - 32) : c));

    [PythonFunction(Keywords = true, Doc = "Sets authorizer callback. Non-standard.")]
    public void set_authorizer(PyObject authorizer_callback)
    {
        CheckUsable();
        _pinboard.Set(authorizer_callback, PyNone.Instance);
        if (!Callbacks.Authorizer.SetScriptCallback(authorizer_callback))
            throw SqliteErrors.Operational("Error setting authorizer callback");
    }

    [PythonFunction(Keywords = true, Doc = "Sets progress handler callback. Non-standard.")]
    public void set_progress_handler(PyObject progress_handler, int n)
    {
        CheckUsable();
        if (progress_handler is PyNone)
        {
            Callbacks.InstallProgressHandler(null, 0);
            return;
        }
        _pinboard.Set(progress_handler, PyNone.Instance);
        Callbacks.InstallProgressHandler(progress_handler, n);
    }

    [PythonFunction(Doc = "Abort any pending database operation. Non-standard.")]
    public void interrupt() => raw.sqlite3_interrupt(CheckConnection());

    /// <summary>Sandbox policy: a script may not load native code into the server, so enabling is refused.</summary>
    [PythonFunction(Doc = "Enable dynamic loading of SQLite extension modules. Non-standard.")]
    public void enable_load_extension(bool onoff)
    {
        CheckUsable();
        if (onoff) throw SqliteErrors.Operational("Error enabling load extension: loading SQLite extensions is disabled in PyCgiRunner");
    }

    [PythonFunction(Doc = "Load SQLite extension module. Non-standard.")]
    public void load_extension(string extension_name)
    {
        CheckUsable();
        throw SqliteErrors.Operational("not authorized: loading SQLite extensions is disabled in PyCgiRunner");
    }

    /// <summary>The 's' conversion of function names, with getargs's message for a format without a name.</summary>
    private static string NameArgument(PyObject name) => name switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"argument 1 must be string, not {SqliteNative.TypeName(name)}"),
    };
}
