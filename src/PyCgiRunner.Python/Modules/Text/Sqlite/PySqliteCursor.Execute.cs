using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// execute, executemany and executescript (pysqlite's _pysqlite_query_execute in CPython 2.7), with its
/// implicit transactions, rowcount (the changes of DML statements, summed over executemany) and lastrowid
/// (after a single INSERT only; None otherwise).
/// </summary>
internal sealed partial class PySqliteCursor
{
    [PythonFunction(Doc = "Executes a SQL statement.")]
    public PyObject execute(params PyObject[] args)
    {
        if (args.Length is < 1 or > 2)
            throw PyErr.TypeError(args.Length < 1 ? $"function takes at least 1 argument ({args.Length} given)" : $"function takes at most 2 arguments ({args.Length} given)");
        return Run(args[0], args.Length > 1 ? args[1] : PyTuple.Empty, multiple: false);
    }

    [PythonFunction(Doc = "Repeatedly executes a SQL statement.")]
    public PyObject executemany(params PyObject[] args)
    {
        if (args.Length != 2) throw PyErr.TypeError($"function takes exactly 2 arguments ({args.Length} given)");
        return Run(args[0], args[1], multiple: true);
    }

    private PySqliteCursor Run(PyObject operation, PyObject parameters, bool multiple)
    {
        var connection = CheckCursor();
        _locked = true;
        _reset = false;
        _nextRow = null;
        try
        {
            if (operation is not (PyStr or PyUnicode)) throw PyErr.ValueError("operation parameter must be str or unicode");
            // An old-style instance is taken as an iterator as it is (its type has tp_iternext), as in pysqlite.
            var parameterSets = !multiple ? new PyTuple(parameters).GetIter() : parameters is PyInstance ? parameters : Ops.GetIter(parameters);
            _statement?.Reset();
            DropStatement();
            Description = PyNone.Instance;
            RowCountValue = -1;
            var sql = (PyBaseString)operation;
            var kind = KindOf(sql.Value);
            var statement = _statement = connection.StatementFor(sql);
            statement.User = _weakSelf;
            statement.Reset();
            statement.MarkDirty();
            if (connection.BeginStatement is not null) ImplicitTransaction(connection, kind, multiple);
            // 8-bit str parameters need a text_factory that can take them back (pysqlite's allow_8bit_chars).
            var allow8Bit = connection.TextFactory != BuiltinTypes.Unicode && connection.TextFactory != BuiltinTypes.Cell;
            while (Ops.Next(parameterSets, out var set))
            {
                statement.MarkDirty();
                SqliteBinding.Bind(statement, set, connection.State, allow8Bit);
                var rc = connection.Step(statement);
                if ((rc & 0xff) == raw.SQLITE_LOCKED && connection.ReleaseAbandonedStatements())
                {
                    statement.Reset();
                    rc = connection.Step(statement);
                }
                if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
                {
                    statement.Reset();
                    throw SqliteErrors.FromDatabase(connection.Db!) ?? SqliteErrors.Operational("step failed");
                }
                BuildRowCastMap(statement);
                if ((rc == raw.SQLITE_ROW || kind == StatementKind.Select) && Description is PyNone) Description = Describe(statement);
                if (rc == raw.SQLITE_ROW)
                {
                    if (multiple) throw SqliteErrors.Programming("executemany() can only execute DML statements.");
                    _nextRow = FetchOneRow(statement);
                }
                else if (!multiple)
                {
                    statement.Reset();
                    DropStatement();
                }
                if (kind is StatementKind.Insert or StatementKind.Update or StatementKind.Delete or StatementKind.Replace)
                    RowCountValue = Math.Max(RowCountValue, 0) + raw.sqlite3_changes(connection.Db!);
                LastRowId = !multiple && kind == StatementKind.Insert ? PyInt.Get(raw.sqlite3_last_insert_rowid(connection.Db!)) : PyNone.Instance;
                if (multiple) statement.Reset();
            }
            return this;
        }
        catch
        {
            RowCountValue = -1;
            throw;
        }
        finally
        {
            // ON CONFLICT ROLLBACK can end a transaction behind pysqlite's back: ask SQLite.
            if (connection.Db is { } db) connection.InTransaction = raw.sqlite3_get_autocommit(db) == 0;
            _locked = false;
        }
    }

    /// <summary>BEGIN before DML outside a transaction; COMMIT before anything but DML and SELECT (DDL included).</summary>
    private static void ImplicitTransaction(PySqliteConnection connection, StatementKind kind, bool multiple)
    {
        switch (kind)
        {
            case StatementKind.Insert or StatementKind.Update or StatementKind.Delete or StatementKind.Replace:
                if (!connection.InTransaction) connection.Begin();
                break;
            case StatementKind.Other:
                if (connection.InTransaction) connection.commit();
                break;
            case StatementKind.Select when multiple:
                throw SqliteErrors.Programming("You cannot execute SELECT statements in executemany().");
        }
    }

    /// <summary>
    /// detect_statement_type: the first word after blanks (no comments skipped), ignoring case. The word is
    /// ASCII letters, so the str and the unicode form of the SQL give the same answer.
    /// </summary>
    private static StatementKind KindOf(string sql)
    {
        var i = 0;
        while (i < sql.Length && sql[i] is ' ' or '\t' or '\r' or '\n') i++;
        if (i == sql.Length) return StatementKind.Invalid;
        var start = i;
        while (i < sql.Length && i - start < 18 && char.IsAsciiLetter(sql[i])) i++;
        var word = sql.AsSpan(start, i - start);
        if (word.Equals("select", StringComparison.OrdinalIgnoreCase)) return StatementKind.Select;
        if (word.Equals("insert", StringComparison.OrdinalIgnoreCase)) return StatementKind.Insert;
        if (word.Equals("update", StringComparison.OrdinalIgnoreCase)) return StatementKind.Update;
        if (word.Equals("delete", StringComparison.OrdinalIgnoreCase)) return StatementKind.Delete;
        if (word.Equals("replace", StringComparison.OrdinalIgnoreCase)) return StatementKind.Replace;
        return StatementKind.Other;
    }

    /// <summary>
    /// executescript: commits, then runs each statement of the script (results ignored) until its text ends or
    /// only blanks and comments remain; the first error stops it.
    /// </summary>
    [PythonFunction(Doc = "Executes a multiple SQL statements at once. Non-standard.")]
    public PyObject executescript(PyObject sql_script)
    {
        var connection = CheckCursor();
        _reset = false;
        if (sql_script is not (PyStr or PyUnicode)) throw PyErr.ValueError("script argument must be unicode or string.");
        var script = SqliteNative.UpToNul(SqliteNative.Utf8Bytes((PyBaseString)sql_script)).ToArray();
        connection.commit();
        var db = connection.Db!;
        ReadOnlySpan<byte> rest = script;
        while (true)
        {
            var rc = raw.sqlite3_prepare_v2(db, rest, out var stmt, out var tail);
            connection.ThrowPending();
            if (rc != raw.SQLITE_OK)
            {
                stmt?.Dispose();
                throw SqliteErrors.FromDatabase(db)!;
            }
            if (stmt is null || stmt.IsInvalid)
            {
                stmt?.Dispose();
                break;
            }
            try
            {
                rc = raw.sqlite3_step(stmt);
                if ((rc & 0xff) == raw.SQLITE_LOCKED && connection.ReleaseAbandonedStatements())
                {
                    raw.sqlite3_reset(stmt);
                    rc = raw.sqlite3_step(stmt);
                }
                while (rc == raw.SQLITE_ROW && !connection.HasPending) rc = raw.sqlite3_step(stmt);
                connection.ThrowPending();
                if (rc != raw.SQLITE_DONE)
                {
                    raw.sqlite3_reset(stmt);
                    throw SqliteErrors.FromDatabase(db) ?? SqliteErrors.Operational("step failed");
                }
            }
            finally
            {
                stmt.Dispose();
            }
            if (tail.IsEmpty) break;
            rest = tail;
        }
        return this;
    }
}
