namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// A decision on one action SQLite asks its authorizer about (SQLITE_OK, SQLITE_DENY or SQLITE_IGNORE), given
/// the action code and its arguments (sqlite3_set_authorizer's callback).
/// </summary>
internal delegate int SqliteAuthorizerRule(int action, string? arg1, string? arg2, string? database, string? trigger);
