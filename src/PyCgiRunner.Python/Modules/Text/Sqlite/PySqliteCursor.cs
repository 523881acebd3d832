using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.Cursor (PEP 249, pysqlite's cursor.c). Like pysqlite it reads one row ahead: execute() steps the
/// statement once and keeps the row, and each fetch hands it out and steps again. A rollback on the connection
/// resets its cursors, which then refuse to fetch.
/// </summary>
[PythonType]
internal sealed partial class PySqliteCursor : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private readonly PyDict? _dict;
    private PySqliteConnection? _connection;
    private PySqliteStatement? _statement;
    private PyObject? _nextRow;
    private PyObject[]? _rowCastMap;
    private bool _initialized, _closed, _reset, _locked;
    private readonly WeakReference<PySqliteCursor> _weakSelf;

    public PySqliteCursor(PyType type)
    {
        _type = type;
        _weakSelf = new WeakReference<PySqliteCursor>(this);
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;
    public override string Repr() => $"<{_type.ModuleName}.{_type.Name} object at 0x{Id:x8}>";

    [PythonFunction("__init__")]
    public void Init(PyObject connection)
    {
        if (connection is not PySqliteConnection c)
            throw PyErr.TypeError($"argument 1 must be sqlite3.Connection, not {SqliteNative.TypeName(connection)}");
        _connection = c;
        DropStatement();
        _nextRow = null;
        _rowCastMap = null;
        Description = PyNone.Instance;
        LastRowId = PyNone.Instance;
        ArraySize = 1;
        _closed = _reset = false;
        RowCountValue = -1;
        RowFactory = PyNone.Instance;
        c.CheckThread();
        c.Register(this);
        _initialized = true;
    }

    [PythonGetter("connection")]
    public PyObject Connection => (PyObject?)_connection ?? PyNone.Instance;

    [PythonGetter("description")]
    public PyObject Description { get; private set; } = PyNone.Instance;

    [PythonGetter("lastrowid")]
    public PyObject LastRowId { get; private set; } = PyNone.Instance;

    private long RowCountValue { get; set; } = -1;

    [PythonGetter("rowcount")]
    public long RowCount => RowCountValue;

    [PythonGetter("arraysize")]
    public int ArraySize { get; set; } = 1;

    [PythonGetter("row_factory")]
    public PyObject RowFactory { get; set; } = PyNone.Instance;

    /// <summary>The members pysqlite declares READONLY answer assignment with TypeError (T_OBJECT members do).</summary>
    public override void SetAttr(string name, PyObject value)
    {
        if (name is "connection" or "description" or "lastrowid" or "rowcount" && _type.Lookup(name) is PyGetSetDescriptor)
            throw PyErr.TypeError("readonly attribute");
        base.SetAttr(name, value);
    }

    /// <summary>A rollback (or close) of the connection: fetching from the current result now fails.</summary>
    public void MarkReset() => _reset = true;

    /// <summary>check_cursor: initialized, not closed, not inside its own execute, connection usable.</summary>
    private PySqliteConnection CheckCursor()
    {
        if (!_initialized) throw SqliteErrors.Programming("Base Cursor.__init__ not called.");
        if (_closed) throw SqliteErrors.Programming("Cannot operate on a closed cursor.");
        if (_locked) throw SqliteErrors.Programming("Recursive use of cursors not allowed.");
        _connection!.CheckUsable();
        return _connection;
    }

    [PythonFunction(Doc = "Closes the cursor.")]
    public void close()
    {
        if (_connection is null) throw SqliteErrors.Programming("Base Cursor.__init__ not called.");
        _connection.CheckUsable();
        _statement?.Reset();
        DropStatement();
        _closed = true;
    }

    /// <summary>Lets go of the current statement; one outside the cache is finalized unless another cursor steps it.</summary>
    private void DropStatement()
    {
        if (_statement is { Cached: false, InUse: false } s) s.FinalizeHandle();
        _statement = null;
    }

    [PythonFunction(Doc = "Required by DB-API. Does nothing in pysqlite.")]
    public void setinputsizes(params PyObject[] sizes) { }

    [PythonFunction(Doc = "Required by DB-API. Does nothing in pysqlite.")]
    public void setoutputsize(params PyObject[] size) { }

    private static PyType CreateType()
    {
        var t = new PyType("Cursor", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        t.Dict.SetStr("__doc__", PyStr.From("SQLite database cursor class."));
        t.NewFunc = (cls, args, kw) => new PySqliteCursor(cls);
        DefineMembers(t);
        return t;
    }
}
