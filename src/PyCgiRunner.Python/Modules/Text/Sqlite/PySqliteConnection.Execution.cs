using System.Runtime.ExceptionServices;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Connection methods that run SQL through a cursor or a statement, the context manager, iterdump, and the
/// exception a SQLite callback raised, which waits until SQLite has returned to be raised.
/// </summary>
internal sealed partial class PySqliteConnection
{
    private Exception? _pending;

    public SqliteCallbacks Callbacks { get; private set; } = null!;

    /// <summary>
    /// Connection(sql) compiles a statement (pysqlite_connection_call); cursors get theirs from the cache.
    /// </summary>
    public override PyObject Call(PyObject[] args, string[]? kwNames) => MakeStatement(args, kwNames);

    [PythonFunction("__call__")]
    public PyObject CallStatement(params PyObject[] args) => MakeStatement(args, null);

    private PySqliteStatement MakeStatement(PyObject[] args, string[]? kwNames)
    {
        CheckUsable();
        if (kwNames is { Length: > 0 }) throw PyErr.TypeError("sqlite3.Connection() does not take keyword arguments");
        if (args.Length != 1) throw PyErr.TypeError($"function takes exactly 1 argument ({args.Length} given)");
        return PySqliteStatement.Create(this, args[0]);
    }

    [PythonFunction(Keywords = true, Doc = "Return a cursor for the connection.")]
    public PyObject cursor(PyObject? factory = null)
    {
        CheckUsable();
        var made = Ops.CallFunction(factory ?? PySqliteCursor.TypeObject, this);
        if (made is not PySqliteCursor cursor) throw PyErr.TypeError($"factory must return a cursor, not {made.Type.Name}");
        if (RowFactory is not PyNone) cursor.RowFactory = RowFactory;
        return cursor;
    }

    [PythonFunction(Doc = "Executes a SQL statement. Non-standard.")]
    public PyObject execute(params PyObject[] args) => ThroughCursor("execute", args);

    [PythonFunction(Doc = "Repeatedly executes a SQL statement. Non-standard.")]
    public PyObject executemany(params PyObject[] args) => ThroughCursor("executemany", args);

    [PythonFunction(Doc = "Executes a multiple SQL statements at once. Non-standard.")]
    public PyObject executescript(params PyObject[] args) => ThroughCursor("executescript", args);

    /// <summary>The shortcuts make a cursor with self.cursor() and call its method, so subclasses see both.</summary>
    private PyObject ThroughCursor(string method, PyObject[] args)
    {
        var made = Ops.CallMethod(this, "cursor");
        return Ops.GetAttr(made, method).Call(args, null);
    }

    [PythonFunction(Doc = "Returns iterator to the dump of the database in an SQL text format. Non-standard.")]
    public PyObject iterdump()
    {
        CheckConnection();
        var ctx = PyContext.Current;
        var dump = ctx.Engine.Importer.ImportDotted(ctx, "sqlite3.dump");
        var function = Ops.GetAttrOrNull(dump, "_iterdump") ?? throw SqliteErrors.Operational("Failed to obtain _iterdump() reference");
        return Ops.CallFunction(function, this);
    }

    [PythonFunction("__enter__", Doc = "For context manager. Non-standard.")]
    public PyObject Enter() => this;

    /// <summary>Commits when the block ended normally, else rolls back; both by method lookup, so overrides run.</summary>
    [PythonFunction("__exit__", Doc = "For context manager. Non-standard.")]
    public bool Exit(PyObject type, PyObject value, PyObject traceback)
    {
        var clean = type is PyNone && value is PyNone && traceback is PyNone;
        Ops.CallMethod(this, clean ? "commit" : "rollback");
        return false;
    }

    /// <summary>
    /// Keeps an exception raised inside a SQLite callback (a collation, an aggregate without step, the run's
    /// time limit) for <see cref="ThrowPending"/>; the first one wins, as a pending Python error does.
    /// </summary>
    public void SetPending(Exception e) => _pending ??= e;

    public bool HasPending => _pending is not null;

    /// <summary>Raises the callback's exception once SQLite has returned (pysqlite checks PyErr_Occurred after a step).</summary>
    public void ThrowPending()
    {
        if (_pending is not { } e) return;
        _pending = null;
        ExceptionDispatchInfo.Capture(e).Throw();
    }

    /// <summary>One sqlite3_step of a statement; a callback's exception is raised after the statement is reset.</summary>
    public int Step(PySqliteStatement statement)
    {
        var rc = statement.Step();
        if (_pending is not null)
        {
            statement.Reset();
            ThrowPending();
        }
        return rc;
    }
}
