using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>The DB-API 2.0 exception hierarchy (PEP 249) of sqlite3, and SQLite errors mapped onto it as pysqlite does.</summary>
internal static partial class SqliteErrors
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

    [GeneratedRegex(@"^SQLite Error \d+: '(.*)'\.?$", RegexOptions.Singleline)]
    private static partial Regex MessagePattern();

    /// <summary>sqlite3_errmsg's text as CPython shows it; the result code picks the class (pysqlite's _pysqlite_seterror).</summary>
    public static PythonException Map(SqliteException e)
    {
        var m = MessagePattern().Match(e.Message);
        var message = m.Success ? m.Groups[1].Value : e.Message;
        var type = (e.SqliteErrorCode & 0xff) switch
        {
            19 => IntegrityError,
            1 or 4 or 5 or 6 or 7 or 8 or 9 or 10 or 13 or 14 or 15 => OperationalError,
            2 => InternalError,
            20 => DataError,
            21 => InterfaceError,
            18 => DataError,
            _ => DatabaseError,
        };
        return PyErr.New(type, message);
    }

    public static PythonException Programming(string message) => PyErr.New(ProgrammingError, message);
}
