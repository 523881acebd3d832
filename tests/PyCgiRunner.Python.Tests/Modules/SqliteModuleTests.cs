using System.Text;
using PyCgiRunner.Python.Hosting;
using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>
/// sqlite3 on _sqlite3: SQLite's errors as the DB-API classes with CPython 2.7.18's messages, and what a
/// corpus case cannot show: the host across runs (a connection left open is closed when its run ends), the
/// run's limits inside SQLite, the sandbox's paths, callbacks that fail badly. The behaviour of the module
/// itself is pinned by tests/cases/lib-sqlite (expectations from CPython 2.7.18).
/// </summary>
public class SqliteModuleTests
{
    private static readonly PythonEngine s_engine = new();

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

    [Fact]
    public void Connection_LeftOpenInATransaction_IsClosedWhenTheRunEnds()
    {
        // CPython's process exit closes the connection: the uncommitted row is rolled back and the file lock
        // is gone, so the next request can write at once (timeout=0 would fail on a lock).
        var dir = Directory.CreateTempSubdirectory("pycgi-sqlite-").FullName;
        try
        {
            var (first, _) = RunIn(dir, "import sqlite3\nc = sqlite3.connect('book.db')\nc.execute('create table t(x)')\nc.commit()\nc.execute('insert into t values (1)')\nprint 'left open'\n");
            Assert.Equal("left open\n", first);
            var (second, code) = RunIn(dir, "import sqlite3\nc = sqlite3.connect('book.db', timeout=0)\nc.execute('insert into t values (2)')\nc.commit()\nprint c.execute('select x from t').fetchall()\n");
            Assert.Equal("[(2,)]\n", second);
            Assert.Equal(0, code);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Theory]
    [InlineData("c.execute('with recursive r(i) as (select 1 union all select i + 1 from r) select count(*) from r').fetchall()")]
    [InlineData("c.create_function('spin', 0, lambda: [0 for i in iter(int, 1)])\nc.execute('select spin()').fetchall()")]
    public void RunawayQuery_PastTheDeadline_StopsTheRun(string statement)
    {
        var dir = Directory.CreateTempSubdirectory("pycgi-sqlite-").FullName;
        try
        {
            var result = RunResult(dir, "import sqlite3\nc = sqlite3.connect(':memory:')\ntry:\n    " + statement.Replace("\n", "\n    ") +
                "\nexcept Exception, e:\n    print 'caught', e\n", new ExecutionLimits { Deadline = DateTime.UtcNow.AddSeconds(2) });
            Assert.Equal(ScriptStopReason.TimeLimit, result.StoppedBy);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void Connect_OutsideThePolicysRoots_OperationalError()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import sqlite3\ntry:\n    sqlite3.connect('/etc/pycgi-test.db')\nexcept sqlite3.OperationalError, e:\n    print e\n",
            ScriptRunner.Restricted());
        Assert.Equal("unable to open database file\n", stdout);
    }

    [Fact]
    public void LoadExtension_Always_RefusedBySandbox()
        => Assert.Equal("OperationalError OperationalError\n", Run(
            "out = []\nfor f in (lambda: conn.enable_load_extension(True), lambda: conn.load_extension('x.so')):\n" +
            "    try:\n        f()\n    except sqlite3.OperationalError, e:\n        out.append(type(e).__name__)\nconn.enable_load_extension(False)\nprint ' '.join(out)\n"));

    [Fact]
    public void Callback_RecursingTooDeep_BecomesTheFunctionsError()
        => Assert.Equal("user-defined function raised exception\n[(1,)]\n", Run(
            "def deep(n):\n    return deep(n + 1)\nconn.create_function('deep', 0, lambda: deep(0))\ntry:\n    conn.execute('select deep()')\n" +
            "except sqlite3.OperationalError, e:\n    print e\nprint conn.execute('select 1').fetchall()\n"));

    private static (string Stdout, int ExitCode) RunIn(string dir, string source)
    {
        var stdout = new MemoryStream();
        var result = RunResult(dir, source, ExecutionLimits.None, stdout);
        return (Encoding.Latin1.GetString(stdout.ToArray()), result.ExitCode);
    }

    private static ProgramResult RunResult(string dir, string source, ExecutionLimits limits, MemoryStream? stdout = null)
    {
        var script = Path.Combine(dir, "snippet.py");
        File.WriteAllText(script, source);
        return ProgramRunner.Run(s_engine, new ProgramOptions
        {
            ScriptPath = script,
            WorkingDirectory = dir,
            Stdout = stdout ?? new MemoryStream(),
            Stderr = new MemoryStream(),
            Limits = limits,
        });
    }
}
