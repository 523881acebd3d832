using Microsoft.Data.Sqlite;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>sqlite3.Cursor (PEP 249): the rows of a query are read at execute time and handed out from a buffer.</summary>
internal sealed class PySqliteCursor : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PySqliteConnection _conn;
    private readonly Queue<PyObject> _rows = new();
    private PyObject _description = PyNone.Instance;
    private long _rowcount = -1;
    private PyObject _lastrowid = PyNone.Instance;
    private long _arraysize = 1;
    public PyObject RowFactory = PyNone.Instance;

    public PySqliteCursor(PySqliteConnection conn) { _conn = conn; }

    public override PyType Type => TypeObject;
    public override PyObject GetIter() => this;

    public override bool Next(out PyObject value)
    {
        value = PyNone.Instance;
        if (_rows.Count == 0) return false;
        value = _rows.Dequeue();
        return true;
    }

    public PyObject ExecuteMethod(string name, PyObject[] args, string[]? kw)
    {
        switch (name)
        {
            case "execute":
                {
                    var a = Args.Bind("execute", args, kw, 1, "sql", "parameters");
                    Execute(Args.Str(a[0]!, "sql"), a[1], true);
                    break;
                }
            case "executemany":
                {
                    var a = Args.Bind("executemany", args, kw, 2, "sql", "seq_of_parameters");
                    var sql = Args.Str(a[0]!, "sql");
                    long total = 0;
                    foreach (var p in Ops.ToArray(a[1]!))
                    {
                        Execute(sql, p, false);
                        total += Math.Max(_rowcount, 0);
                    }
                    _rowcount = total;
                    break;
                }
            default:
                {
                    var a = Args.Bind("executescript", args, kw, 1, "sql_script");
                    _conn.Commit();
                    _conn.Raw(Args.Str(a[0]!, "sql_script"));
                    break;
                }
        }
        return this;
    }

    private void Execute(string sqlBytes, PyObject? parameters, bool keepRows)
    {
        var sql = System.Text.Encoding.UTF8.GetString(System.Text.Encoding.Latin1.GetBytes(sqlBytes));
        _rows.Clear();
        _conn.BeforeStatement(sql);
        using var cmd = _conn.Open.CreateCommand();
        SqliteValues.Bind(cmd, sql, parameters);
        try
        {
            using var reader = cmd.ExecuteReader();
            var n = reader.FieldCount;
            if (n > 0)
            {
                var desc = new PyObject[n];
                for (var i = 0; i < n; i++)
                    desc[i] = new PyTuple(PyStr.From(reader.GetName(i)), PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance, PyNone.Instance);
                _description = PyTuple.Of(desc);
                var factory = RowFactory is not PyNone ? RowFactory : _conn.RowFactory;
                while (reader.Read())
                {
                    var values = new PyObject[n];
                    for (var i = 0; i < n; i++) values[i] = SqliteValues.FromSqlite(reader, i, _conn.TextFactory);
                    PyObject row = PyTuple.Of(values);
                    if (factory is not PyNone) row = Ops.Call(factory, [this, row], null);
                    if (keepRows) _rows.Enqueue(row);
                }
            }
            else _description = PyNone.Instance;
            _rowcount = n > 0 ? -1 : reader.RecordsAffected;
        }
        catch (SqliteException e)
        {
            throw SqliteErrors.Map(e);
        }
        if (sql.TrimStart().StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || sql.TrimStart().StartsWith("REPLACE", StringComparison.OrdinalIgnoreCase))
        {
            using var last = _conn.Open.CreateCommand();
            last.CommandText = "SELECT last_insert_rowid()";
            _lastrowid = PyInt.Get((long)last.ExecuteScalar()!);
        }
    }

    private static PySqliteCursor Self(PyObject o) => (PySqliteCursor)o;

    private static PyType CreateType()
    {
        var t = new PyType("Cursor", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        Def(t, "execute", (self, args, kw) => Self(self).ExecuteMethod("execute", args, kw));
        Def(t, "executemany", (self, args, kw) => Self(self).ExecuteMethod("executemany", args, kw));
        Def(t, "executescript", (self, args, kw) => Self(self).ExecuteMethod("executescript", args, kw));
        Def0(t, "fetchone", self => Self(self)._rows.Count > 0 ? Self(self)._rows.Dequeue() : PyNone.Instance);
        Def(t, "fetchmany", (self, args, kw) =>
        {
            var a = Args.Bind("fetchmany", args, kw, 0, "size");
            var c = Self(self);
            var size = a[0] is null ? c._arraysize : Args.Int(a[0]!, "size");
            var list = new PyList();
            while (size-- > 0 && c._rows.Count > 0) list.Append(c._rows.Dequeue());
            return list;
        });
        Def0(t, "fetchall", self =>
        {
            var c = Self(self);
            var list = new PyList(c._rows.ToArray());
            c._rows.Clear();
            return list;
        });
        Def0(t, "close", self => { Self(self)._rows.Clear(); return PyNone.Instance; });
        Def0(t, "__iter__", self => self);
        Def0(t, "next", self => Self(self)._rows.Count > 0 ? Self(self)._rows.Dequeue() : throw PyErr.StopIteration());
        Attr(t, "description", self => Self(self)._description);
        Attr(t, "rowcount", self => PyInt.Get(Self(self)._rowcount));
        Attr(t, "lastrowid", self => Self(self)._lastrowid);
        Attr(t, "connection", self => Self(self)._conn);
        t.Dict.SetStr("arraysize", new PyGetSetDescriptor("arraysize", self => PyInt.Get(Self(self)._arraysize), (self, v) => Self(self)._arraysize = Ops.ToLong(v)));
        t.Dict.SetStr("row_factory", new PyGetSetDescriptor("row_factory", self => Self(self).RowFactory, (self, v) => Self(self).RowFactory = v));
        return t;
    }
}
