using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.Text.Sqlite;
using PyCgiRunner.Python.Runtime;
using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>
/// The one authorizer of a connection: the sandbox's rule (SqliteAuthorizer.SandboxRule, the hook where a policy
/// for ATTACH paths and the like goes) is asked first and its refusal is final, whatever the script's own
/// set_authorizer callback answers; SQLite then reports "not authorized" as a DatabaseError.
/// </summary>
public class SqliteAuthorizerTests
{
    private const int SqliteAttach = 24;

    [Fact]
    public void SandboxRule_RefusingAttach_DatabaseErrorEvenIfTheScriptAllowsAll()
    {
        using var run = new Run();
        var connection = run.Connect();
        connection.set_authorizer(new PyBuiltinFunction("allow_all", (args, kw) => PyInt.Get(0)));
        connection.Callbacks.Authorizer.SandboxRule = (action, arg1, _, _, _) => action == SqliteAttach ? 1 : 0;
        var error = Assert.Throws<PythonException>(() => connection.execute(PyStr.From("attach database ':memory:' as other")));
        Assert.True(error.IsInstance(SqliteErrors.DatabaseError));
        Assert.Equal("not authorized", Ops.Str(((PyBaseException)error.Value).Args[0]));
        Assert.Equal("[(1,)]", Ops.Repr(Ops.CallMethod(connection.execute(PyStr.From("select 1")), "fetchall")));
    }

    [Fact]
    public void SandboxRule_SeesTheAttachedFileName()
    {
        using var run = new Run();
        var connection = run.Connect();
        var names = new List<string?>();
        connection.Callbacks.Authorizer.SandboxRule = (action, arg1, _, _, _) =>
        {
            if (action == SqliteAttach) names.Add(arg1);
            return 0;
        };
        connection.execute(PyStr.From("attach database ':memory:' as other"));
        Assert.Equal([":memory:"], names);
    }

    /// <summary>A run's context entered on the test's thread, enough to open connections.</summary>
    private sealed class Run : IDisposable
    {
        private readonly string _dir = Directory.CreateTempSubdirectory("pycgi-sqlite-auth-").FullName;
        private readonly PyContext _ctx;
        private readonly PyContext.Scope _scope;

        public Run()
        {
            _ctx = new PyContext(new PythonEngine(), new SandboxPlatform(SandboxPolicy.Open, _dir), ExecutionLimits.None);
            _scope = _ctx.Enter();
        }

        public PySqliteConnection Connect()
        {
            var connection = new PySqliteConnection(PySqliteConnection.TypeObject);
            connection.Init(PyStr.From(":memory:"));
            return connection;
        }

        public void Dispose()
        {
            _ctx.ReleaseRunResources();
            _scope.Dispose();
            Directory.Delete(_dir, true);
        }
    }
}
