using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// Thrown by os._exit: ends the program at once, without flushing Python-level buffers and without atexit
/// handlers (library reference §15.1.5). Not a PythonException, so no `except:` clause can stop it; the
/// ProgramRunner catches it and returns the status.
/// </summary>
public sealed class ProgramExitException(int code) : Exception($"os._exit({code})")
{
    public int Code { get; } = code;
}

public static partial class PosixModule
{
    /// <summary>What the script sees as its identity and machine: fixed, so output never leaks host details.</summary>
    public const string UserName = "www-data", NodeName = "localhost", Release = "5.15.0", Machine = "x86_64";
    public const string KernelVersion = "#1 SMP PyCgiRunner";

    private static readonly string[] s_processCalls =
    [
        "fork", "forkpty", "kill", "killpg", "system", "popen", "popen2", "popen3", "popen4", "wait", "wait3", "wait4",
        "waitpid", "execv", "execve", "execl", "execle", "execlp", "execlpe", "execvp", "execvpe",
        "spawnv", "spawnve", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnvp", "spawnvpe", "nice", "setsid",
        "setuid", "setgid", "seteuid", "setegid", "setpgid", "setpgrp", "setreuid", "setregid", "openpty", "plock",
    ];

    private static void AddProcessFunctions(ModuleBuilder b, PyContext ctx)
    {
        foreach (var name in s_processCalls) b.Fn(name, (a, k) => throw ProcessRefused());
        b.Fn("_exit", (a, k) =>
        {
            Args.Count("_exit", a, k, 1, 1);
            throw new ProgramExitException((int)(Args.Int(a[0], "status") & 0xFF));
        });
        b.Fn("abort", (a, k) => throw new ProgramExitException(134));
        b.Fn("getpid", (a, k) => PyInt.Get(PyContext.Current.Platform.ProcessId));
        b.Fn("getppid", (a, k) => PyInt.Get(1));
        foreach (var name in new[] { "getuid", "geteuid", "getgid", "getegid" }) b.Fn(name, (a, k) => PyInt.Get(FixedUid));
        b.Fn("getpgrp", (a, k) => PyInt.Get(PyContext.Current.Platform.ProcessId));
        b.Fn("getgroups", (a, k) => new PyList([PyInt.Get(FixedUid)]));
        b.Fn("getlogin", (a, k) => Str(UserName));
        b.Fn("uname", (a, k) => new PyTuple(Str("Linux"), Str(NodeName), Str(Release), Str(KernelVersion), Str(Machine)));
        var started = ctx.Platform.Now;
        b.Fn("times", (a, k) =>
        {
            var elapsed = (PyContext.Current.Platform.Now - started).TotalSeconds;
            return new PyTuple(new PyFloat(Math.Round(elapsed, 2)), new PyFloat(0.0), new PyFloat(0.0), new PyFloat(0.0), new PyFloat(Math.Round(elapsed, 2)));
        });
        // umask is per run: the sandbox does not model permission bits, but the value round-trips.
        var umask = 0x12; // 022
        b.Fn("umask", (a, k) =>
        {
            Args.Count("umask", a, k, 1, 1);
            var old = umask;
            umask = (int)Args.Int(a[0], "mask") & 0x1FF;
            return PyInt.Get(old);
        });
        b.Fn("isatty", (a, k) => PyBool.False);
        b.Fn("ttyname", (a, k) => throw PyErr.OSError(25, "Inappropriate ioctl for device"));
        b.Fn("getloadavg", (a, k) => new PyTuple(new PyFloat(0.0), new PyFloat(0.0), new PyFloat(0.0)));
        b.Fn("WIFEXITED", (a, k) => PyBool.Of((Args.Int(a[0], "status") & 0x7F) == 0));
        b.Fn("WEXITSTATUS", (a, k) => PyInt.Get((Args.Int(a[0], "status") >> 8) & 0xFF));
        b.Fn("WIFSIGNALED", (a, k) => PyBool.Of(((Args.Int(a[0], "status") & 0x7F) + 1) >> 1 > 0));
        b.Fn("WTERMSIG", (a, k) => PyInt.Get(Args.Int(a[0], "status") & 0x7F));
        AddEnvironment(b, ctx);
    }

    /// <summary>environ (the run's variables, str to str), and putenv/unsetenv which change what a child would see.</summary>
    private static void AddEnvironment(ModuleBuilder b, PyContext ctx)
    {
        // convertenviron: one insertion per variable in the order the host passed them (a process's environ
        // array order), which decides the dict's order where names collide in the table.
        var environ = new PyDict();
        foreach (var (key, value) in ctx.EnvironmentVariables)
            environ.SetStr(key, Str(value));
        b.Value("environ", environ);
        b.Fn("putenv", (a, k) =>
        {
            Args.Count("putenv", a, k, 2, 2);
            PyContext.Current.EnvironmentVariables[PathArg(a[0])] = PathArg(a[1]);
            return None;
        });
        b.Fn("unsetenv", (a, k) =>
        {
            Args.Count("unsetenv", a, k, 1, 1);
            PyContext.Current.EnvironmentVariables.Remove(PathArg(a[0]));
            return None;
        });
    }
}
