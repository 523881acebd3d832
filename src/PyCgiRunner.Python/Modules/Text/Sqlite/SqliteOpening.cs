using PyCgiRunner.Python.Runtime;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Opening a database for Connection.__init__. A file path goes through the run's platform first, so its policy
/// decides what a script may open (and the file is created as sqlite would); ':memory:' and '' (a private
/// temporary database) are SQLite's own. <see cref="ApplyRunPolicy"/> is the one place where every new
/// connection gets what the run's limits and the sandbox ask of it.
/// </summary>
internal static class SqliteOpening
{
    public static sqlite3 Open(PyObject database)
    {
        var name = database switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.Encode(u.Value, "utf-8", "strict"),
            _ => throw PyErr.ValueError("database parameter must be string or APSW Connection object"),
        };
        var target = name is ":memory:" or "" ? name : ThroughPlatform(name);
        SqliteNative.EnsureLoaded();
        var cache = SqliteState.Current.SharedCache ? raw.SQLITE_OPEN_SHAREDCACHE : raw.SQLITE_OPEN_PRIVATECACHE;
        var rc = raw.sqlite3_open_v2(target, out var db, raw.SQLITE_OPEN_READWRITE | raw.SQLITE_OPEN_CREATE | cache, null);
        if (rc != raw.SQLITE_OK)
        {
            var error = SqliteErrors.FromDatabase(db) ?? SqliteErrors.Operational("unable to open database file");
            db.Dispose();
            throw error;
        }
        return db;
    }

    private static string ThroughPlatform(string name)
    {
        var platform = PyContext.Current.Platform;
        var path = platform.ResolvePath(name);
        try
        {
            platform.OpenFile(path, FileMode.OpenOrCreate, FileAccess.ReadWrite).Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw SqliteErrors.Operational("unable to open database file");
        }
        return path;
    }

    /// <summary>
    /// What every connection gets before the script sees it: the progress handler that stops a runaway query
    /// at the run's limits, and the sandbox's rule for the files statements may name (ATTACH, VACUUM INTO, ...).
    /// </summary>
    public static void ApplyRunPolicy(PySqliteConnection connection)
    {
        connection.Callbacks.InstallProgressHandler(null, 0);
        connection.Callbacks.Authorizer.SandboxRule = SqliteSandbox.Rule(PyContext.Current.Platform);
    }
}
