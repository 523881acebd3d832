using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.Statement: one prepared statement (pysqlite's statement.c). Cursors take them from the connection's
/// statement cache; <see cref="InUse"/> says a cursor has stepped it since its last reset, so another cursor
/// running the same SQL meanwhile gets a fresh one. An empty statement (only blanks or comments) has no handle.
/// </summary>
internal sealed class PySqliteStatement : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private PySqliteStatement(sqlite3_stmt? handle) { Handle = handle; }

    public sqlite3_stmt? Handle { get; private set; }
    public bool InUse { get; private set; }
    /// <summary>Held by the statement cache (then the cache decides when it is finalized).</summary>
    public bool Cached { get; set; }
    /// <summary>The cursor that stepped it last (see <see cref="PySqliteConnection.ReleaseAbandonedStatements"/>).</summary>
    public WeakReference<PySqliteCursor>? User { get; set; }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<sqlite3.Statement object at 0x{Id:x8}>";

    /// <summary>
    /// pysqlite_statement_create: str is passed as its bytes, unicode as UTF-8. Text after the one statement
    /// other than blanks and comments is refused with sqlite3.Warning.
    /// </summary>
    public static PySqliteStatement Create(PySqliteConnection connection, PyObject sql)
    {
        if (sql is not (PyStr or PyUnicode)) throw PyErr.New(SqliteErrors.Warning, "SQL is of wrong type. Must be string or unicode.");
        var bytes = SqliteNative.Utf8Bytes((PyBaseString)sql);
        if (Array.IndexOf(bytes, (byte)0) >= 0) throw PyErr.ValueError("the query contains a null character");
        var db = connection.Db!;
        // No text at all is an empty statement (an empty span would reach SQLite as a NULL pointer).
        if (bytes.Length == 0) return Tracked(connection, new PySqliteStatement(null));
        var rc = raw.sqlite3_prepare_v2(db, bytes, out var stmt, out ReadOnlySpan<byte> tail);
        var more = rc == raw.SQLITE_OK && HasMoreSql(tail);
        connection.ThrowPending();
        if (rc != raw.SQLITE_OK)
        {
            stmt?.Dispose();
            throw SqliteErrors.FromDatabase(db) ?? SqliteErrors.Operational("unable to prepare statement");
        }
        if (more)
        {
            stmt?.Dispose();
            throw PyErr.New(SqliteErrors.Warning, "You can only execute one statement at a time.");
        }
        if (stmt is { IsInvalid: true })
        {
            stmt.Dispose();
            stmt = null;
        }
        return Tracked(connection, new PySqliteStatement(stmt));
    }

    private static PySqliteStatement Tracked(PySqliteConnection connection, PySqliteStatement statement)
    {
        connection.Track(statement);
        return statement;
    }

    /// <summary>pysqlite_check_remaining_sql: anything but whitespace, -- and /* */ comments after the statement.</summary>
    private static bool HasMoreSql(ReadOnlySpan<byte> tail)
    {
        var i = 0;
        while (i < tail.Length)
        {
            var c = tail[i];
            if (c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\r') { i++; continue; }
            if (c == '-' && i + 1 < tail.Length && tail[i + 1] == '-')
            {
                var nl = tail[i..].IndexOf((byte)'\n');
                if (nl < 0) return false;
                i += nl + 1;
                continue;
            }
            if (c == '/' && i + 1 < tail.Length && tail[i + 1] == '*')
            {
                var end = tail[(i + 2)..].IndexOf("*/"u8);
                if (end < 0) return false;
                i += end + 4;
                continue;
            }
            return true;
        }
        return false;
    }

    public int ParameterCount => Handle is null ? 0 : raw.sqlite3_bind_parameter_count(Handle);

    /// <summary>The name of parameter i (1-based) with its ':' or '$' or '@' prefix, or null for '?'.</summary>
    public string? ParameterName(int i) => Handle is null ? null : raw.sqlite3_bind_parameter_name(Handle, i).utf8_to_string();

    public void MarkDirty() => InUse = true;

    /// <summary>
    /// sqlite3_reset when a cursor has used it; a statement whose last step failed stays in use (reset reports
    /// the failure again), as pysqlite's does.
    /// </summary>
    public void Reset()
    {
        if (!InUse || Handle is null) return;
        if (raw.sqlite3_reset(Handle) == raw.SQLITE_OK) InUse = false;
    }

    /// <summary>sqlite3_step; an empty statement is done at once.</summary>
    public int Step() => Handle is null ? raw.SQLITE_DONE : raw.sqlite3_step(Handle);

    public void FinalizeHandle()
    {
        Handle?.Dispose();
        Handle = null;
        InUse = false;
    }

    private static PyType CreateType()
    {
        var t = new PyType("Statement", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        // Statement() gives an empty statement, as PyType_GenericNew does for pysqlite's type.
        t.NewFunc = (cls, args, kw) => new PySqliteStatement(null);
        return t;
    }
}
