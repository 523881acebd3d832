using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// The DB-API 2.0 exception hierarchy (PEP 249) of sqlite3, and SQLite's result codes mapped onto it as
/// pysqlite's _pysqlite_seterror does (CPython 2.7 Modules/_sqlite/util.c).
/// </summary>
internal static class SqliteErrors
{
    public static readonly PyType Warning = New("Warning", BuiltinTypes.StandardError);
    public static readonly PyType Error = New("Error", BuiltinTypes.StandardError);
    public static readonly PyType InterfaceError = New("InterfaceError", Error);
    public static readonly PyType DatabaseError = New("DatabaseError", Error);
    public static readonly PyType DataError = New("DataError", DatabaseError);
    public static readonly PyType OperationalError = New("OperationalError", DatabaseError);
    public static readonly PyType IntegrityError = New("IntegrityError", DatabaseError);
    public static readonly PyType InternalError = New("InternalError", DatabaseError);
    public static readonly PyType ProgrammingError = New("ProgrammingError", DatabaseError);
    public static readonly PyType NotSupportedError = New("NotSupportedError", DatabaseError);

    public static readonly PyType[] All =
        [Warning, Error, InterfaceError, DatabaseError, DataError, OperationalError, IntegrityError, InternalError, ProgrammingError, NotSupportedError];

    private static PyType New(string name, PyType baseType)
    {
        var t = new PyType(name, baseType) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("sqlite3"));
        return t;
    }

    public static PythonException Programming(string message) => PyErr.New(ProgrammingError, message);
    public static PythonException Operational(string message) => PyErr.New(OperationalError, message);
    public static PythonException Interface(string message) => PyErr.New(InterfaceError, message);

    /// <summary>
    /// The error the connection's last call left (sqlite3_errcode/sqlite3_errmsg), or null when it reports
    /// SQLITE_OK. The message is the str of errmsg's bytes.
    /// </summary>
    public static PythonException? FromDatabase(sqlite3 db)
    {
        var code = raw.sqlite3_errcode(db) & 0xff;
        if (code == raw.SQLITE_OK) return null;
        if (code == raw.SQLITE_NOMEM) return PyErr.MemoryError();
        var message = SqliteNative.Str(raw.sqlite3_errmsg(db).utf8_to_string() ?? "");
        return PyErr.New(ClassFor(code), message);
    }

    private static PyType ClassFor(int code) => code switch
    {
        raw.SQLITE_INTERNAL or raw.SQLITE_NOTFOUND => InternalError,
        raw.SQLITE_ERROR or raw.SQLITE_PERM or raw.SQLITE_ABORT or raw.SQLITE_BUSY or raw.SQLITE_LOCKED
            or raw.SQLITE_READONLY or raw.SQLITE_INTERRUPT or raw.SQLITE_IOERR or raw.SQLITE_FULL
            or raw.SQLITE_CANTOPEN or raw.SQLITE_PROTOCOL or raw.SQLITE_EMPTY or raw.SQLITE_SCHEMA => OperationalError,
        raw.SQLITE_CORRUPT => DatabaseError,
        raw.SQLITE_TOOBIG => DataError,
        raw.SQLITE_CONSTRAINT or raw.SQLITE_MISMATCH => IntegrityError,
        raw.SQLITE_MISUSE => ProgrammingError,
        _ => DatabaseError,
    };
}
