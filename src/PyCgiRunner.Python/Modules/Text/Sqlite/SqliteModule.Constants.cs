using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>The module's constants: its version, the PARSE_* flags and the authorizer's action and result codes.</summary>
internal static partial class SqliteModule
{
    [PythonConstant("version")] public const string Version = "2.6.0";
    [PythonConstant] public const int PARSE_DECLTYPES = 1;
    [PythonConstant] public const int PARSE_COLNAMES = 2;

    /// <summary>sqlite3.h's authorizer codes, the ones pysqlite 2.6.0 exports (set_authorizer callbacks see them).</summary>
    private static readonly (string Name, int Value)[] AuthorizerCodes =
    [
        ("SQLITE_OK", raw.SQLITE_OK), ("SQLITE_DENY", raw.SQLITE_DENY), ("SQLITE_IGNORE", raw.SQLITE_IGNORE),
        ("SQLITE_CREATE_INDEX", 1), ("SQLITE_CREATE_TABLE", 2), ("SQLITE_CREATE_TEMP_INDEX", 3),
        ("SQLITE_CREATE_TEMP_TABLE", 4), ("SQLITE_CREATE_TEMP_TRIGGER", 5), ("SQLITE_CREATE_TEMP_VIEW", 6),
        ("SQLITE_CREATE_TRIGGER", 7), ("SQLITE_CREATE_VIEW", 8), ("SQLITE_DELETE", 9), ("SQLITE_DROP_INDEX", 10),
        ("SQLITE_DROP_TABLE", 11), ("SQLITE_DROP_TEMP_INDEX", 12), ("SQLITE_DROP_TEMP_TABLE", 13),
        ("SQLITE_DROP_TEMP_TRIGGER", 14), ("SQLITE_DROP_TEMP_VIEW", 15), ("SQLITE_DROP_TRIGGER", 16),
        ("SQLITE_DROP_VIEW", 17), ("SQLITE_INSERT", 18), ("SQLITE_PRAGMA", 19), ("SQLITE_READ", 20),
        ("SQLITE_SELECT", 21), ("SQLITE_TRANSACTION", 22), ("SQLITE_UPDATE", 23), ("SQLITE_ATTACH", 24),
        ("SQLITE_DETACH", 25), ("SQLITE_ALTER_TABLE", 26), ("SQLITE_REINDEX", 27), ("SQLITE_ANALYZE", 28),
    ];

    private static void AddConstants(PyDict d)
    {
        foreach (var (name, value) in AuthorizerCodes) d.SetStr(name, PyInt.Get(value));
    }
}
