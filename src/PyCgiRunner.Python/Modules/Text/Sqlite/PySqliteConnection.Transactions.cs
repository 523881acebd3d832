using System.Text;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Transactions as pysqlite 2.6.0 runs them (CPython 2.7): with an isolation level, cursors issue
/// "BEGIN &lt;level&gt;" before INSERT/UPDATE/DELETE/REPLACE and commit before any other statement but SELECT;
/// None is autocommit. Also the statements and cursors a rollback resets and close() finalizes.
/// </summary>
internal sealed partial class PySqliteConnection
{
    private PyObject _isolationLevel = PyStr.Empty;
    private byte[]? _beginStatement;
    private PySqliteCache _cache = null!;
    private readonly List<PySqliteStatement> _statements = new();
    private readonly List<WeakReference<PySqliteCursor>> _cursors = new();
    private int _statementsSincePrune, _cursorsSincePrune;

    /// <summary>Whether a transaction is open (refreshed from sqlite3_get_autocommit after each execute).</summary>
    public bool InTransaction { get; set; }

    /// <summary>The implicit "BEGIN ..." statement, or null in autocommit mode (isolation_level None).</summary>
    public byte[]? BeginStatement => _beginStatement;

    /// <summary>
    /// The isolation_level setter: None commits and turns implicit transactions off; anything else becomes the
    /// word after BEGIN, joined as str + level (so a non-string is a TypeError and a non-ASCII unicode a
    /// UnicodeEncodeError, after the attribute has already changed, as in pysqlite).
    /// </summary>
    private void SetIsolationLevel(PyObject level)
    {
        _beginStatement = null;
        _isolationLevel = level;
        if (level is PyNone)
        {
            commit();
            InTransaction = false;
            return;
        }
        var word = level switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.EncodeDefault(u.Value),
            _ => throw PyErr.TypeError($"cannot concatenate 'str' and '{level.Type.Name}' objects"),
        };
        _beginStatement = Encoding.Latin1.GetBytes("BEGIN " + word);
    }

    public void Begin() => RunSimple(_beginStatement!, () => InTransaction = true);

    [PythonFunction(Doc = "Commit the current transaction.")]
    public void commit()
    {
        CheckUsable();
        if (InTransaction) RunSimple("COMMIT"u8.ToArray(), () => InTransaction = false);
    }

    [PythonFunction(Doc = "Roll back the current transaction.")]
    public void rollback()
    {
        CheckUsable();
        if (!InTransaction) return;
        // Statements are reset and every cursor refuses to fetch on (pysqlite_do_all_statements, ACTION_RESET).
        foreach (var s in _statements) s.Reset();
        MarkCursorsReset();
        RunSimple("ROLLBACK"u8.ToArray(), () => InTransaction = false);
    }

    [PythonFunction(Doc = "Closes the connection.")]
    public void close()
    {
        CheckThread();
        foreach (var s in _statements) s.FinalizeHandle();
        _statements.Clear();
        MarkCursorsReset();
        if (Db is null) return;
        // close_v2: handles of statements the garbage collector has not finalized yet cannot keep the file open.
        var rc = raw.sqlite3_close_v2(Db);
        if (rc != raw.SQLITE_OK) throw SqliteErrors.FromDatabase(Db) ?? SqliteErrors.Operational("unable to close database");
        Db = null;
    }

    /// <summary>
    /// The end of the run, as the end of CPython's process: a connection still open is closed without a commit,
    /// so its uncommitted changes roll back and its file locks go before the next request.
    /// </summary>
    public void Dispose()
    {
        foreach (var s in _statements) s.FinalizeHandle();
        _statements.Clear();
        if (Db is null) return;
        raw.sqlite3_close_v2(Db);
        Db = null;
    }

    /// <summary>Prepares, steps and finalizes one statement of pysqlite's own (BEGIN, COMMIT, ROLLBACK).</summary>
    private void RunSimple(byte[] sql, Action done)
    {
        var db = Db!;
        var rc = raw.sqlite3_prepare_v2(db, sql, out var stmt);
        if (rc != raw.SQLITE_OK)
        {
            stmt?.Dispose();
            throw SqliteErrors.FromDatabase(db)!;
        }
        try
        {
            rc = raw.sqlite3_step(stmt);
            ThrowPending();
            if (rc != raw.SQLITE_DONE)
            {
                raw.sqlite3_reset(stmt);
                throw SqliteErrors.FromDatabase(db) ?? SqliteErrors.Operational("statement failed");
            }
            done();
        }
        finally
        {
            stmt.Dispose();
        }
    }

    /// <summary>A statement this connection prepared, finalized at close() at the latest.</summary>
    public void Track(PySqliteStatement statement)
    {
        _statements.Add(statement);
        if (++_statementsSincePrune < 200) return;
        _statementsSincePrune = 0;
        _statements.RemoveAll(s => s.Handle is null);
    }

    public void Register(PySqliteCursor cursor)
    {
        _cursors.Add(new WeakReference<PySqliteCursor>(cursor));
        if (++_cursorsSincePrune < 200) return;
        _cursorsSincePrune = 0;
        _cursors.RemoveAll(w => !w.TryGetTarget(out _));
    }

    private void MarkCursorsReset()
    {
        foreach (var w in _cursors)
            if (w.TryGetTarget(out var c)) c.MarkReset();
    }

    /// <summary>
    /// CPython frees a cursor the moment the script lets go of it, and that resets its statement; here the
    /// garbage collector decides when. So when SQLite finds a table locked by one of this connection's own
    /// statements (DROP TABLE after a half-read SELECT whose cursor was dropped), the statements of cursors
    /// nothing references any more are reset, as CPython would already have done. True when one was.
    /// </summary>
    public bool ReleaseAbandonedStatements()
    {
        var stepped = _statements.Where(s => s.InUse && s.User is not null).ToList();
        if (stepped.Count == 0) return false;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var released = false;
        foreach (var s in stepped)
        {
            if (s.User!.TryGetTarget(out _)) continue;
            s.Reset();
            s.User = null;
            released = true;
        }
        return released;
    }

    /// <summary>The cached statement for this SQL, or a fresh one while another cursor is stepping the cached one.</summary>
    public PySqliteStatement StatementFor(PyBaseString sql)
    {
        var statement = (PySqliteStatement)_cache.get(sql);
        return statement.InUse ? PySqliteStatement.Create(this, sql) : statement;
    }

    /// <summary>
    /// The statement cache (connect's cached_statements): a statement it lets go of is finalized unless a
    /// cursor is stepping it (that cursor finalizes it when done).
    /// </summary>
    private PySqliteCache NewStatementCache(int size) => new(sql =>
    {
        var statement = PySqliteStatement.Create(this, sql);
        statement.Cached = true;
        return statement;
    }, size)
    {
        Evicted = value =>
        {
            var statement = (PySqliteStatement)value;
            statement.Cached = false;
            if (!statement.InUse) statement.FinalizeHandle();
        },
    };
}
