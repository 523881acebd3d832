using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// The one authorizer SQLite calls for a connection while it compiles a statement: the sandbox's rule first
/// (<see cref="SandboxRule"/>, consulted for every connection, e.g. ATTACH paths), then the script's
/// set_authorizer callback. Installed only while one of them exists.
/// </summary>
internal sealed class SqliteAuthorizer(PySqliteConnection connection)
{
    private PyObject? _script;
    private SqliteAuthorizerRule? _sandbox;

    /// <summary>The sandbox's rule for this connection; it is asked before the script's callback and a refusal is final.</summary>
    public SqliteAuthorizerRule? SandboxRule
    {
        get => _sandbox;
        set
        {
            _sandbox = value;
            Install();
        }
    }

    public bool SetScriptCallback(PyObject callback)
    {
        _script = callback;
        return Install() == raw.SQLITE_OK;
    }

    private int Install()
    {
        var db = connection.Db!;
        if (_script is null && _sandbox is null) return raw.sqlite3_set_authorizer(db, (strdelegate_authorizer?)null, null);
        return raw.sqlite3_set_authorizer(db, (strdelegate_authorizer)Decide, null);
    }

    private int Decide(object userData, int action, string? arg1, string? arg2, string? database, string? trigger)
    {
        try
        {
            if (_sandbox is { } rule && rule(action, arg1, arg2, database, trigger) is var verdict and not 0) return verdict;
            return _script is null ? raw.SQLITE_OK : AskScript(action, arg1, arg2, database, trigger);
        }
        catch (Exception e)
        {
            connection.SetPending(e);
            return raw.SQLITE_DENY;
        }
    }

    /// <summary>
    /// _authorizer_callback: the callback gets (action, arg1, arg2, dbname, source) with str or None; an exception,
    /// a non-integer or an integer outside C int denies.
    /// </summary>
    private int AskScript(int action, string? arg1, string? arg2, string? database, string? trigger)
    {
        PyObject answer;
        try
        {
            answer = Ops.CallFunction(_script!, PyInt.Get(action), SqliteNative.StrOrNone(arg1), SqliteNative.StrOrNone(arg2),
                SqliteNative.StrOrNone(database), SqliteNative.StrOrNone(trigger));
        }
        catch (PythonException e)
        {
            connection.Callbacks.Report(e);
            return raw.SQLITE_DENY;
        }
        return answer switch
        {
            PyInt i when i.Value is >= int.MinValue and <= int.MaxValue => (int)i.Value,
            PyLong when Ops.ToBigInteger(answer) is var big && big >= int.MinValue && big <= int.MaxValue => (int)big,
            _ => raw.SQLITE_DENY,
        };
    }
}
