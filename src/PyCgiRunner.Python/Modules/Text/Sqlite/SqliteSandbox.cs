using PyCgiRunner.Python.Hosting;
using SQLitePCL;

namespace PyCgiRunner.Python.Modules.Text.Sqlite;

/// <summary>
/// Keeps a script's SQLite connection inside the sandbox: connect() checks its own path through the platform, but
/// SQL can name files too (<c>ATTACH DATABASE 'path'</c>, <c>VACUUM INTO 'path'</c>, which SQLite runs as an
/// ATTACH), load native code (<c>load_extension</c>) or move SQLite's temporary files (<c>PRAGMA
/// temp_store_directory</c>). The connection's authorizer (sqlite3_set_authorizer, called while each statement is
/// prepared) asks <see cref="Rule"/> first, for every connection, and it checks every such file against the run's
/// policy and refuses the rest; SQLite then reports "not authorized".
/// </summary>
internal static class SqliteSandbox
{
    /// <summary>Action codes of sqlite3.h ("Authorizer Action Codes").</summary>
    public const int SqlitePragma = 19, SqliteAttach = 24, SqliteFunction = 31;

    /// <summary>The sandbox's rule for a connection of a run on <paramref name="platform"/> (SqliteAuthorizer.SandboxRule).</summary>
    public static SqliteAuthorizerRule Rule(IPlatform platform) => (action, arg1, arg2, _, _) => Authorize(platform, action, arg1, arg2);

    /// <summary>SQLITE_OK (0) or SQLITE_DENY (1) for one authorizer call.</summary>
    public static int Authorize(IPlatform platform, int action, string? arg1, string? arg2) => action switch
    {
        // ATTACH's file name is given only when it is a string literal; an expression (ATTACH ? AS x) cannot be
        // checked before it runs, so it is refused.
        SqliteAttach => MayOpen(platform, arg1) ? raw.SQLITE_OK : raw.SQLITE_DENY,
        // These pragmas change where SQLite puts files for every connection of the process.
        SqlitePragma when arg1 is { } pragma && (pragma.Equals("temp_store_directory", StringComparison.OrdinalIgnoreCase)
            || pragma.Equals("data_store_directory", StringComparison.OrdinalIgnoreCase)) => raw.SQLITE_DENY,
        SqliteFunction when arg2 is { } function && function.Equals("load_extension", StringComparison.OrdinalIgnoreCase) => raw.SQLITE_DENY,
        _ => raw.SQLITE_OK,
    };

    /// <summary>
    /// Whether SQLite may open <paramref name="fileName"/> as an attached database. SQLite opens it read-write,
    /// creating it if missing, so the policy must allow writing it. SQLite resolves a relative name against the
    /// process's folder, not the script's, and knows nothing of the sandbox's /tmp, so the name is checked exactly
    /// as SQLite will open it; URI names (<c>file:...</c>) are refused, since their options can name any file.
    /// </summary>
    public static bool MayOpen(IPlatform platform, string? fileName)
    {
        if (fileName is null)
            return false;
        if (fileName is "" or ":memory:")
            return true; // a private temporary or in-memory database, no file a script can name
        if (fileName.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || fileName.Contains('\0'))
            return false;
        var full = Path.GetFullPath(fileName, System.Environment.CurrentDirectory);
        return platform.ResolvePath(full) == full && platform.CanWrite(full);
    }
}
