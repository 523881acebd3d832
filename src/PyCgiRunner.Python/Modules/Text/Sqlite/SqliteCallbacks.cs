using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// The native side of a connection's Python callbacks (pysqlite's _pysqlite_func_callback, step/final callbacks,
/// collation, progress and authorizer callbacks). SQLite calls them on the script's own thread from inside a
/// step; no .NET exception may cross back into SQLite, so each one catches everything: what pysqlite would clear
/// is reported (enable_callback_tracebacks) and turned into SQLite's error, what it would leave pending waits in
/// the connection (<see cref="PySqliteConnection.SetPending"/>).
/// </summary>
internal sealed class SqliteCallbacks(PySqliteConnection connection)
{
    /// <summary>How often (in virtual machine instructions) a statement checks the run's limits when no script handler asks for less.</summary>
    private const int LimitCheckInterval = 1000;

    public SqliteAuthorizer Authorizer { get; } = new(connection);

    public bool CreateFunction(string name, int narg, PyObject func)
        => raw.sqlite3_create_function(connection.Db!, name, narg, raw.SQLITE_UTF8, null,
            (ctx, _, args) => Guard(ctx, () =>
            {
                var result = Ops.Call(func, SqliteValues.FromArguments(args), null);
                if (!SqliteValues.TrySetResult(ctx, result)) throw PyErr.New(SqliteErrors.InterfaceError, "unsupported result type");
            }, "user-defined function raised exception")) == raw.SQLITE_OK;

    /// <summary>One instance of the class per group, made at the first step (a failing __init__ is retried per row, as in pysqlite).</summary>
    public bool CreateAggregate(string name, int narg, PyObject cls)
        => raw.sqlite3_create_function(connection.Db!, name, narg, raw.SQLITE_UTF8, null,
            (ctx, _, args) => Step(ctx, cls, args), (ctx, _) => Final(ctx)) == raw.SQLITE_OK;

    private void Step(sqlite3_context ctx, PyObject cls, sqlite3_value[] args)
    {
        if (ctx.state is not PyObject instance)
        {
            if (!Guard(ctx, () => ctx.state = Ops.CallFunction(cls), "user-defined aggregate's '__init__' method raised error")) return;
            instance = (PyObject)ctx.state!;
        }
        PyObject step;
        try
        {
            step = Ops.GetAttr(instance, "step");
        }
        catch (Exception e)
        {
            // pysqlite leaves a missing step method's AttributeError pending: the statement goes on, then raises it.
            connection.SetPending(e);
            return;
        }
        Guard(ctx, () => Ops.Call(step, SqliteValues.FromArguments(args), null), "user-defined aggregate's 'step' method raised error");
    }

    private void Final(sqlite3_context ctx)
    {
        // No row reached step: no instance, and the aggregate's value is NULL.
        if (ctx.state is not PyObject instance) return;
        Guard(ctx, () =>
        {
            if (!SqliteValues.TrySetResult(ctx, Ops.CallMethod(instance, "finalize")))
                throw PyErr.New(SqliteErrors.InterfaceError, "unsupported result type");
        }, "user-defined aggregate's 'finalize' method raised error");
    }

    /// <summary>
    /// Collations get both texts as str; the result counts by its sign, a long beyond 64 bits too. An exception
    /// stays pending and later comparisons of the statement answer 0 (equal).
    /// </summary>
    public bool CreateCollation(string name, PyObject? callback)
    {
        if (callback is null) return raw.sqlite3__create_collation_utf8(connection.Db!, name, null, null) == raw.SQLITE_OK;
        return raw.sqlite3__create_collation_utf8(connection.Db!, name, null, (_, a, b) =>
        {
            if (connection.HasPending) return 0;
            try
            {
                return CollationResult(Ops.CallFunction(callback, PyStr.FromBytes(a), PyStr.FromBytes(b)));
            }
            catch (Exception e)
            {
                connection.SetPending(e);
                return 0;
            }
        }) == raw.SQLITE_OK;
    }

    /// <summary>PyLong_AsLongAndOverflow's sign: ints and longs, floats truncated; anything else fails and counts as 0.</summary>
    private static int CollationResult(PyObject result) => result switch
    {
        PyInt i => Math.Sign(i.Value),
        PyLong => Ops.ToBigInteger(result).Sign,
        PyFloat f => Math.Sign(Math.Truncate(f.Value)),
        _ => 0,
    };

    /// <summary>
    /// The progress handler is always installed: it checks the run's time and memory limits, so a runaway query
    /// stops like a runaway loop; the script's handler (if any) runs every n instructions and a true result (or an
    /// exception) interrupts the statement.
    /// </summary>
    public void InstallProgressHandler(PyObject? handler, int n)
    {
        var context = PyContext.Current;
        var userHandler = n >= 1 ? handler : null;
        raw.sqlite3_progress_handler(connection.Db!, userHandler is null ? LimitCheckInterval : n, _ =>
        {
            try
            {
                context.Tick();
                if (userHandler is null) return 0;
                return Ops.IsTrue(Ops.CallFunction(userHandler)) ? 1 : 0;
            }
            catch (PythonException e)
            {
                Report(e);
                return 1;
            }
            catch (Exception e)
            {
                connection.SetPending(e);
                return 1;
            }
        }, null);
    }

    /// <summary>Runs a function's body; a Python error becomes SQLite's error with pysqlite's message.</summary>
    private bool Guard(sqlite3_context ctx, Action body, string message)
    {
        try
        {
            body();
            return true;
        }
        catch (PythonException e)
        {
            Report(e);
            raw.sqlite3_result_error(ctx, message);
        }
        catch (Exception e)
        {
            connection.SetPending(e);
            raw.sqlite3_result_error(ctx, message);
        }
        return false;
    }

    /// <summary>What pysqlite does with a callback's error it clears: print it when enable_callback_tracebacks(1) asked.</summary>
    public void Report(PythonException e)
    {
        if (!connection.State.CallbackTracebacks) return;
        try
        {
            Ops.CallMethod(PyContext.Current.SysAttr("stderr"), "write", PyStr.From(ExceptionFormatting.FormatTraceback(e)));
        }
        catch (PythonException)
        {
        }
    }
}
