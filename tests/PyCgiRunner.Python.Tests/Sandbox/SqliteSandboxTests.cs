namespace PyCgiRunner.Python.Tests.Sandbox;

/// <summary>
/// Every file SQLite can open from SQL passes the sandbox policy (issue 7, item 3): ATTACH and VACUUM INTO outside
/// the writable folders, URI file names, load_extension and the temp-directory pragmas are refused with SQLite's
/// "not authorized"; the writable data folder still works.
/// </summary>
public sealed class SqliteSandboxTests : IDisposable
{
    private readonly SandboxSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Try(string statement, string database = "':memory:'") => _site.Run(
        "import sqlite3\nc = sqlite3.connect(" + database + ")\ntry:\n    c.execute(" + statement + ")\n    print 'ran'\n" +
        "except sqlite3.Error, e:\n    print type(e).__name__, e\n");

    [Fact]
    public void Attach_ReadOnlySiteFolder_RefusedAndNoFileCreated()
    {
        var target = Path.Combine(_site.Site, "evil.db");

        Assert.Equal("DatabaseError not authorized\n", Try("\"ATTACH DATABASE " + SandboxSite.Py(target) + " AS a\""));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Attach_OutsideEveryRoot_Refused()
    {
        var target = Path.Combine(_site.Outside, "x.db");

        Assert.Equal("DatabaseError not authorized\n", Try("\"ATTACH " + SandboxSite.Py(target) + " AS a\"", "'/tmp/main.db'"));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void VacuumInto_ReadOnlySiteFolder_RefusedAndNoFileCreated()
    {
        var target = Path.Combine(_site.Site, "page.html");

        // SQLite runs VACUUM INTO as an ATTACH of the target, refused when the statement runs.
        Assert.Equal("DatabaseError authorization denied\n", Try("\"VACUUM INTO " + SandboxSite.Py(target) + "\"", "'/tmp/main.db'"));
        Assert.False(File.Exists(target));
    }

    [Fact]
    public void Attach_FileNameAsExpression_RefusedBecauseItCannotBeChecked()
        => Assert.Equal("DatabaseError not authorized\n", Try("'ATTACH ? AS a', (" + SandboxSite.Py(Path.Combine(_site.Data, "ok.db")) + ",)"));

    [Fact]
    public void Attach_UriFileName_Refused()
        => Assert.Equal("DatabaseError not authorized\n", Try("\"ATTACH 'file:/etc/passwd?mode=ro' AS a\""));

    /// <summary>Already off in SQLite by default; the authorizer refuses the function itself too.</summary>
    [Fact]
    public void LoadExtension_AnyName_Refused()
        => Assert.Equal("OperationalError not authorized to use function: load_extension\n", Try("\"SELECT load_extension('/lib/x86_64-linux-gnu/libc.so.6')\""));

    [Fact]
    public void TempStoreDirectoryPragma_Set_Refused()
        => Assert.Equal("DatabaseError not authorized\n", Try("\"PRAGMA temp_store_directory = '/var'\""));

    [Fact]
    public void AttachAndVacuumInto_DataFolder_Work()
    {
        var attached = Path.Combine(_site.Data, "other.db");
        var copy = Path.Combine(_site.Data, "copy.db");

        Assert.Equal("ran\n", Try("\"ATTACH " + SandboxSite.Py(attached) + " AS other\""));
        Assert.Equal("ran\n", Try("\"VACUUM INTO " + SandboxSite.Py(copy) + "\"", SandboxSite.Py(Path.Combine(_site.Data, "main.db"))));
        Assert.True(File.Exists(attached));
        Assert.True(File.Exists(copy));
    }

    [Fact]
    public void Attach_MemoryDatabase_Works()
        => Assert.Equal("ran\n", Try("\"ATTACH ':memory:' AS scratch\""));
}
