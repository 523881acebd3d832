using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>sqlite3 maps SQLite's errors onto the DB-API classes with CPython 2.7.18's messages.</summary>
public class SqliteModuleTests
{
    private static string Run(string body) => ModuleTestHost.Run(
        "import sqlite3\nconn = sqlite3.connect(':memory:')\nconn.execute('CREATE TABLE t (name TEXT UNIQUE)')\nconn.execute(\"INSERT INTO t VALUES ('ann')\")\n" + body);

    [Fact]
    public void Sqlite3_UniqueViolation_RaisesIntegrityError()
        => Assert.Equal("UNIQUE constraint failed: t.name\n",
            Run("try:\n    conn.execute(\"INSERT INTO t VALUES ('ann')\")\nexcept sqlite3.IntegrityError, e:\n    print e\n"));

    [Fact]
    public void Sqlite3_BadSql_RaisesOperationalError()
        => Assert.Equal("near \"SELEC\": syntax error\nno such table: nope\n",
            Run("for q in ['SELEC 1', 'SELECT * FROM nope']:\n    try:\n        conn.execute(q)\n    except sqlite3.OperationalError, e:\n        print e\n"));

    [Fact]
    public void Sqlite3_WrongParameterCount_RaisesProgrammingError()
        => Assert.Equal("Incorrect number of bindings supplied. The current statement uses 2, and there are 1 supplied.\n",
            Run("try:\n    conn.execute('SELECT ?, ?', (1,))\nexcept sqlite3.ProgrammingError, e:\n    print e\n"));

    [Fact]
    public void Sqlite3_RowFactoryAndNamedParameters_Work()
        => Assert.Equal("ann ann ['name'] u'ann'\n",
            Run("conn.row_factory = sqlite3.Row\nr = conn.execute('SELECT name FROM t WHERE name = :n', {'n': 'ann'}).fetchone()\nprint r['name'], r[0], r.keys(), repr(r['NAME'])\n"));
}
