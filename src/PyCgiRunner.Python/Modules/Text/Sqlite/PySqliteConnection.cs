using Microsoft.Data.Sqlite;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.Connection. Transactions follow pysqlite 2.7: with an isolation level, a BEGIN is issued before
/// the first INSERT/UPDATE/DELETE/REPLACE and other non-SELECT statements commit first; None is autocommit.
/// </summary>
internal sealed class PySqliteConnection : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    public SqliteConnection? Db { get; private set; }
    public PyObject RowFactory = PyNone.Instance;
    public PyObject TextFactory = BuiltinTypes.Unicode;
    public PyObject IsolationLevel = PyStr.Empty;
    public bool InTransaction;

    public PySqliteConnection(SqliteConnection db) { Db = db; }

    public override PyType Type => TypeObject;

    public SqliteConnection Open => Db ?? throw SqliteErrors.Programming("Cannot operate on a closed database.");

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "row_factory": value = RowFactory; return true;
            case "text_factory": value = TextFactory; return true;
            case "isolation_level": value = IsolationLevel; return true;
            case "in_transaction": value = PyBool.Of(InTransaction); return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "row_factory": RowFactory = value; return;
            case "text_factory": TextFactory = value; return;
            case "isolation_level":
                if (value is PyNone) Commit();
                IsolationLevel = value;
                return;
        }
        base.SetAttr(name, value);
    }

    public void Raw(string sql)
    {
        using var cmd = Open.CreateCommand();
        cmd.CommandText = sql;
        try
        {
            cmd.ExecuteNonQuery();
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Map(e);
        }
    }

    /// <summary>pysqlite's implicit transaction handling before a statement runs.</summary>
    public void BeforeStatement(string sql)
    {
        if (IsolationLevel is PyNone) return;
        var verb = sql.TrimStart().Split([' ', '\t', '\n', '\r', '('], 2)[0].ToUpperInvariant();
        if (verb is "INSERT" or "UPDATE" or "DELETE" or "REPLACE")
        {
            if (!InTransaction)
            {
                Raw("BEGIN " + Ops.Str(IsolationLevel));
                InTransaction = true;
            }
        }
        else if (verb is not ("SELECT" or "PRAGMA" or "WITH" or "EXPLAIN")) Commit();
    }

    public void Commit()
    {
        if (!InTransaction || Db is null) return;
        InTransaction = false;
        Raw("COMMIT");
    }

    public void Rollback()
    {
        if (!InTransaction || Db is null) return;
        InTransaction = false;
        Raw("ROLLBACK");
    }

    public void Close()
    {
        Db?.Dispose();
        Db = null;
    }

    private static PySqliteConnection Self(PyObject o) => (PySqliteConnection)o;

    private static PyType CreateType()
    {
        var t = new PyType("Connection", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        Def(t, "cursor", (self, args, kw) =>
        {
            var c = Self(self).Open;
            return args.Length > 0 ? Ops.Call(args[0], [self], null) : new PySqliteCursor(Self(self));
        });
        Def(t, "execute", (self, args, kw) => Cursor(self).ExecuteMethod("execute", args, kw));
        Def(t, "executemany", (self, args, kw) => Cursor(self).ExecuteMethod("executemany", args, kw));
        Def(t, "executescript", (self, args, kw) => Cursor(self).ExecuteMethod("executescript", args, kw));
        Def0(t, "commit", self => { Self(self).Commit(); return PyNone.Instance; });
        Def0(t, "rollback", self => { Self(self).Rollback(); return PyNone.Instance; });
        Def0(t, "close", self => { Self(self).Close(); return PyNone.Instance; });
        Def0(t, "__enter__", self => self);
        Def(t, "__exit__", (self, args, kw) =>
        {
            if (args.Length > 0 && args[0] is not PyNone) Self(self).Rollback();
            else Self(self).Commit();
            return PyBool.False;
        });
        Attr(t, "total_changes", self =>
        {
            using var cmd = Self(self).Open.CreateCommand();
            cmd.CommandText = "SELECT total_changes()";
            return PyInt.Get((long)cmd.ExecuteScalar()!);
        });
        return t;
    }

    private static PySqliteCursor Cursor(PyObject self) => new(Self(self));
}
