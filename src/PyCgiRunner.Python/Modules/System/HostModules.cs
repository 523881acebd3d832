using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// platform, socket, select, subprocess, ctypes and signal: importable so legacy scripts load, answering with the
/// fixed machine description and refusing what the sandbox forbids (network, child processes, native code).
/// </summary>
public static class HostModules
{
    public static PyModule CreatePlatform()
    {
        var b = new ModuleBuilder("platform");
        string[] uname = ["Linux", PosixModule.NodeName, PosixModule.Release, PosixModule.KernelVersion, PosixModule.Machine, ""];
        (string, string)[] answers =
        [
            ("system", uname[0]), ("node", uname[1]), ("release", uname[2]), ("version", uname[3]), ("machine", uname[4]),
            ("processor", ""), ("python_version", "2.7.18"), ("python_implementation", "CPython"),
            ("python_compiler", "GCC"), ("python_branch", ""), ("python_revision", ""),
            ("platform", $"Linux-{PosixModule.Release}-{PosixModule.Machine}-with-glibc2.36"),
        ];
        foreach (var (name, value) in answers) b.Fn(name, (a, k) => Str(value));
        b.Fn("uname", (a, k) => new PyTuple(uname.Select(s => (PyObject)Str(s)).ToArray()));
        b.Fn("architecture", (a, k) => new PyTuple(Str("64bit"), Str("ELF")));
        b.Fn("python_version_tuple", (a, k) => new PyTuple(Str("2"), Str("7"), Str("18")));
        b.Fn("python_build", (a, k) => new PyTuple(Str("default"), Str("Apr 20 2020 00:00:00")));
        b.Fn("libc_ver", (a, k) => new PyTuple(Str("glibc"), Str("2.36")));
        b.Fn("linux_distribution", (a, k) => new PyTuple(Str(""), Str(""), Str("")));
        b.Fn("dist", (a, k) => new PyTuple(Str(""), Str(""), Str("")));
        return b;
    }

    /// <summary>Creates a Python class in a native module (socket.error...), as `class name(bases): pass` would.</summary>
    private static PyType NewClass(string module, string name, params PyObject[] bases) => NewHeapClass(module, name, bases);

    public static PyModule CreateSocket()
    {
        var b = new ModuleBuilder("socket");
        var error = NewClass("socket", "error", BuiltinTypes.IOError);
        b.Value("error", error).Value("herror", NewClass("socket", "herror", error))
            .Value("gaierror", NewClass("socket", "gaierror", error)).Value("timeout", NewClass("socket", "timeout", error));
        b.Fn("gethostname", (a, k) => Str(PosixModule.NodeName));
        b.Fn("getfqdn", (a, k) => Str(PosixModule.NodeName));
        BuiltinFunctionBody refuse = (a, k) => throw NetworkRefused(error);
        // The machine's own name resolves without the network (mimetools.choose_boundary asks for it).
        b.Fn("gethostbyname", (a, k) =>
        {
            Args.Count("gethostbyname", a, k, 1, 1);
            var host = Args.Str(a[0], "host");
            return host is "localhost" || host == PosixModule.NodeName ? Str("127.0.0.1") : throw NetworkRefused(error);
        });
        foreach (var name in new[] { "socket", "create_connection", "gethostbyname_ex", "gethostbyaddr", "getaddrinfo", "socketpair", "fromfd", "getnameinfo" })
            b.Fn(name, refuse);
        b.Fn("getdefaulttimeout", (a, k) => None);
        b.Fn("setdefaulttimeout", (a, k) => None);
        b.Fn("htons", (a, k) => PyInt.Get((ushort)System.Net.IPAddress.HostToNetworkOrder((short)Args.Int(a[0], "x"))));
        b.Fn("ntohs", (a, k) => PyInt.Get((ushort)System.Net.IPAddress.NetworkToHostOrder((short)Args.Int(a[0], "x"))));
        (string, long)[] constants =
        [
            ("AF_UNIX", 1), ("AF_INET", 2), ("AF_INET6", 10), ("AF_UNSPEC", 0), ("SOCK_STREAM", 1), ("SOCK_DGRAM", 2),
            ("SOCK_RAW", 3), ("SOL_SOCKET", 1), ("SO_REUSEADDR", 2), ("SO_KEEPALIVE", 9), ("IPPROTO_TCP", 6),
            ("IPPROTO_UDP", 17), ("TCP_NODELAY", 1), ("SHUT_RD", 0), ("SHUT_WR", 1), ("SHUT_RDWR", 2), ("SOMAXCONN", 128),
            ("AI_PASSIVE", 1), ("MSG_PEEK", 2),
        ];
        foreach (var (name, value) in constants) b.Value(name, value);
        b.Value("has_ipv6", PyBool.True);
        // The sentinel httplib and urllib2 pass for "no timeout given".
        b.Value("_GLOBAL_DEFAULT_TIMEOUT", new PyUserObject(BuiltinTypes.Object));
        return b;
    }

    public static PyModule CreateSelect()
    {
        var b = new ModuleBuilder("select");
        var error = NewClass("select", "error", BuiltinTypes.Exception);
        b.Value("error", error);
        b.Fn("select", (a, k) => throw PyErr.New(error, PyInt.Get(1), Str("Operation not permitted: select is disabled in PyCgiRunner")));
        return b;
    }

    public static PyModule CreateSubprocess()
    {
        var b = new ModuleBuilder("subprocess");
        b.Value("PIPE", -1).Value("STDOUT", -2).Value("MAXFD", 256);
        foreach (var name in new[] { "call", "check_call", "check_output", "Popen" })
            b.Fn(name, (a, k) => throw ProcessRefused());
        var called = NewClass("subprocess", "CalledProcessError", BuiltinTypes.Exception);
        b.Value("CalledProcessError", called);
        return b;
    }

    public static PyModule CreateCtypes()
    {
        // Loading native code is outside any sandbox; the import itself fails as on a Python built without ctypes.
        throw PyErr.ImportError("No module named _ctypes");
    }

    public static PyModule CreateSignal()
    {
        var b = new ModuleBuilder("signal");
        (string, long)[] signals =
        [
            ("SIG_DFL", 0), ("SIG_IGN", 1), ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5),
            ("SIGABRT", 6), ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12),
            ("SIGPIPE", 13), ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
            ("SIGTSTP", 20), ("SIGXCPU", 24), ("NSIG", 65), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2),
        ];
        foreach (var (name, value) in signals) b.Value(name, value);
        // Handlers are accepted and forgotten: no signal is ever delivered to an in-process script.
        var handlers = new Dictionary<long, PyObject>();
        b.Fn("signal", (a, k) =>
        {
            Args.Count("signal", a, k, 2, 2);
            var n = Args.Int(a[0], "signalnum");
            if (n < 1 || n >= 65) throw PyErr.ValueError("signal number out of range");
            var old = handlers.TryGetValue(n, out var h) ? h : PyInt.Get(0);
            handlers[n] = a[1];
            return old;
        });
        b.Fn("getsignal", (a, k) => handlers.TryGetValue(Args.Int(a[0], "signalnum"), out var h) ? h : PyInt.Get(0));
        b.Fn("alarm", (a, k) => PyInt.Get(0));
        b.Fn("pause", (a, k) => None);
        b.Fn("setitimer", (a, k) => new PyTuple(new PyFloat(0), new PyFloat(0)));
        b.Fn("default_int_handler", (a, k) => throw PyErr.New(BuiltinTypes.KeyboardInterrupt));
        return b;
    }
}
