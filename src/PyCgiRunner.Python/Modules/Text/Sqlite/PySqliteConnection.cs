using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// sqlite3.Connection (pysqlite's connection.c). A Python subclass gets instances of this class with its own
/// type and a __dict__; until Connection.__init__ has run every method refuses with "Base Connection.__init__ not
/// called.". Database paths go through the run's platform (its policy decides what a script may open).
/// </summary>
[PythonType]
internal sealed partial class PySqliteConnection : PyObject, IDisposable
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private readonly PyDict? _dict;
    private bool _initialized;
    private int _threadId;
    private bool _checkSameThread;

    public PySqliteConnection(PyType type)
    {
        _type = type;
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;
    public override string Repr() => $"<{_type.ModuleName}.{_type.Name} object at 0x{Id:x8}>";

    /// <summary>The open database; null before __init__ and after close().</summary>
    public sqlite3? Db { get; private set; }
    public int DetectTypes { get; private set; }
    public SqliteState State { get; private set; } = null!;

    [PythonGetter("row_factory")] public PyObject RowFactory { get; set; } = PyNone.Instance;
    [PythonGetter("text_factory")] public PyObject TextFactory { get; set; } = BuiltinTypes.Unicode;

    [PythonFunction("__init__", Keywords = true)]
    public void Init(PyObject database, double timeout = 5.0, int detect_types = 0, PyObject? isolation_level = null,
        int check_same_thread = 1, PyObject? factory = null, int cached_statements = 100)
    {
        _initialized = true;
        State = SqliteState.Current;
        Db = SqliteOpening.Open(database);
        SetIsolationLevel(isolation_level ?? PyStr.Empty);
        _cache = NewStatementCache(cached_statements);
        InTransaction = false;
        DetectTypes = detect_types;
        raw.sqlite3_busy_timeout(Db, (int)(timeout * 1000));
        _threadId = Environment.CurrentManagedThreadId;
        _checkSameThread = check_same_thread != 0;
        Callbacks = new SqliteCallbacks(this);
        SqliteOpening.ApplyRunPolicy(this);
        PyContext.Current.ReleaseAtRunEnd(this);
    }

    /// <summary>pysqlite_check_thread: objects of a connection made with check_same_thread stay on its thread.</summary>
    public void CheckThread()
    {
        if (!_checkSameThread) return;
        var current = Environment.CurrentManagedThreadId;
        if (current != _threadId)
            throw SqliteErrors.Programming("SQLite objects created in a thread can only be used in that same thread." +
                $"The object was created in thread id {_threadId} and this is thread id {current}");
    }

    /// <summary>pysqlite_check_connection: __init__ ran and close() did not.</summary>
    public sqlite3 CheckConnection()
    {
        if (!_initialized) throw SqliteErrors.Programming("Base Connection.__init__ not called.");
        return Db ?? throw SqliteErrors.Programming("Cannot operate on a closed database.");
    }

    public sqlite3 CheckUsable()
    {
        CheckThread();
        return CheckConnection();
    }

    [PythonGetter("isolation_level")]
    public PyObject IsolationLevel
    {
        get => _isolationLevel;
        set => SetIsolationLevel(value);
    }

    [PythonGetter("total_changes")]
    public long TotalChanges => raw.sqlite3_total_changes(CheckConnection());

    public override void DelAttr(string name)
    {
        if (name == "isolation_level") throw PyErr.AttributeError("cannot delete attribute");
        base.DelAttr(name);
    }

    private static PyType CreateType()
    {
        var t = new PyType("Connection", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        t.Dict.SetStr("__doc__", PyStr.From("SQLite database connection object."));
        t.NewFunc = (cls, args, kw) => new PySqliteConnection(cls);
        // The DB-API's optional extension: the exception classes as attributes of the connection.
        foreach (var e in SqliteErrors.All) t.Dict.SetStr(e.Name, e);
        DefineMembers(t);
        return t;
    }
}
