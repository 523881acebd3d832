using Microsoft.Data.Sqlite;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// The sqlite3 module (library reference §11.13) on Microsoft.Data.Sqlite. Database paths go through the
/// platform (its policy decides what a script may open); ':memory:' is a private in-memory database.
/// </summary>
internal static class SqliteModule
{
    public static readonly PyType RowType = CreateRowType();

    public static PyModule Create()
    {
        var b = new ModuleBuilder("sqlite3");
        foreach (var t in SqliteErrors.All) b.Value(t.Name, t);
        b.Value("Row", RowType);
        b.Value("Connection", PySqliteConnection.TypeObject).Value("Cursor", PySqliteCursor.TypeObject);
        b.Value("version", "2.6.0").Value("sqlite_version", SqliteVersion());
        b.Value("version_info", new PyTuple(PyInt.Get(2), PyInt.Get(6), PyInt.Get(0)));
        b.Value("PARSE_DECLTYPES", 1).Value("PARSE_COLNAMES", 2);
        b.Value("paramstyle", "qmark").Value("threadsafety", 1).Value("apilevel", "2.0");
        b.Fn("connect", (args, kw) =>
        {
            var a = Args.Bind("connect", args, kw, 1, "database", "timeout", "detect_types", "isolation_level", "check_same_thread", "factory", "cached_statements");
            var conn = new PySqliteConnection(Open(Args.Str(a[0]!, "database")));
            if (a[3] is not null) conn.IsolationLevel = a[3]!;
            return conn;
        });
        b.Fn("register_adapter", (args, kw) => PyNone.Instance);
        b.Fn("register_converter", (args, kw) => PyNone.Instance);
        return b;
    }

    private static SqliteConnection Open(string database)
    {
        string source;
        var platform = PyContext.Current.Platform;
        if (database == ":memory:") source = ":memory:";
        else
        {
            source = platform.ResolvePath(database);
            try
            {
                // Opening through the platform applies its policy (and creates the file, as sqlite would).
                platform.OpenFile(source, FileMode.OpenOrCreate, FileAccess.ReadWrite).Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw PyErr.New(SqliteErrors.OperationalError, "unable to open database file");
            }
        }
        var db = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Pooling = false }.ToString());
        try
        {
            db.Open();
        }
        catch (SqliteException)
        {
            throw PyErr.New(SqliteErrors.OperationalError, "unable to open database file");
        }
        SqliteSandbox.Guard(db, platform);
        return db;
    }

    private static string SqliteVersion()
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        using var cmd = db.CreateCommand();
        cmd.CommandText = "SELECT sqlite_version()";
        return (string)cmd.ExecuteScalar()!;
    }

    /// <summary>sqlite3.Row: a row_factory giving index and case-insensitive name access, and keys().</summary>
    private sealed class PyRow(PyTuple values, string[] names) : PyObject
    {
        public PyTuple Values => values;
        public string[] Names => names;
        public override PyType Type => RowType;
        public override int Length() => values.Count;
        public override PyObject GetIter() => values.GetIter();

        public override PyObject GetItem(PyObject key)
        {
            if (key is PyBaseString s)
            {
                for (var i = 0; i < names.Length; i++)
                    if (string.Equals(names[i], s.Value, StringComparison.OrdinalIgnoreCase)) return values[i];
                throw PyErr.IndexError("No item with that key");
            }
            return values.GetItem(key);
        }

        public override PyObject RichCompare(PyObject other, CompareOp op)
        {
            if (other is not PyRow r || op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
            var equal = names.SequenceEqual(r.Names) && Ops.Eq(values, r.Values);
            return PyBool.Of(op == CompareOp.Eq ? equal : !equal);
        }
    }

    private static PyType CreateRowType()
    {
        var t = new PyType("Row", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        t.NewFunc = (cls, args, kw) =>
        {
            Args.Count("Row", args, kw, 2, 2);
            var description = Ops.GetAttr(args[0], "description");
            var names = Ops.ToArray(description).Select(d => Ops.Str(Ops.GetItem(d, PyInt.Get(0)))).ToArray();
            return new PyRow((PyTuple)args[1], names);
        };
        Def0(t, "keys", self => new PyList(((PyRow)self).Names.Select(n => (PyObject)PyStr.From(n)).ToArray()));
        Def1(t, "__getitem__", (self, k) => self.GetItem(k));
        Def0(t, "__len__", self => PyInt.Get(self.Length()));
        Def0(t, "__iter__", self => self.GetIter());
        return t;
    }
}
