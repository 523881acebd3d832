namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// What pysqlite's detect_statement_type makes of a statement's first word; it decides the implicit
/// transactions, rowcount and lastrowid.
/// </summary>
internal enum StatementKind { Select, Insert, Update, Delete, Replace, Other, Invalid }
