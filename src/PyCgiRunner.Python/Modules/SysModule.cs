using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules;

/// <summary>The sys module of one run (its state is per request: argv, path, modules, stdio, exc_info).</summary>
public static class SysModule
{
    public const string Version = "2.7.18 (default, Apr 20 2020, 00:00:00) \n[PyCgiRunner on .NET]";

    private static readonly SystemModules.StructSeqKind VersionInfo =
        new("sys", "version_info", ["major", "minor", "micro", "releaselevel", "serial"], []);
    private static readonly SystemModules.StructSeqKind Flags = new("sys", "flags",
        ["debug", "py3k_warning", "division_warning", "division_new", "inspect", "interactive", "optimize", "dont_write_bytecode",
         "no_user_site", "no_site", "ignore_environment", "tabcheck", "verbose", "unicode", "bytes_warning", "hash_randomization"], []);

    private static readonly SystemModules.StructSeqKind LongInfo = new("sys", "long_info", ["bits_per_digit", "sizeof_digit"], []);
    private static readonly SystemModules.StructSeqKind FloatInfo = new("sys", "float_info",
        ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"], []);

    public static PyModule Create(PyContext ctx, string[] argv, IEnumerable<string> path, PyObject stdin, PyObject stdout, PyObject stderr, string executable)
    {
        var b = new ModuleBuilder("sys");
        b.Value("argv", new PyList(argv.Select(a => (PyObject)PyStr.From(a)).ToArray()));
        b.Value("path", new PyList(path.Select(p => (PyObject)PyStr.From(p)).ToArray()));
        b.Value("modules", ctx.Modules);
        b.Value("stdin", stdin).Value("stdout", stdout).Value("stderr", stderr);
        b.Value("__stdin__", stdin).Value("__stdout__", stdout).Value("__stderr__", stderr);
        b.Value("maxint", long.MaxValue).Value("maxsize", long.MaxValue).Value("maxunicode", 0xFFFF);
        b.Value("version", Version);
        b.Value("version_info", VersionInfo.Create(PyInt.Get(2), PyInt.Get(7), PyInt.Get(18), PyStr.From("final"), PyInt.Get(0)));
        b.Value("flags", Flags.Create(Enumerable.Repeat((PyObject)PyInt.Get(0), Flags.Fields.Length).ToArray()));
        b.Value("hexversion", 0x020712f0).Value("api_version", 1013);
        b.Value("platform", "linux2").Value("byteorder", "little");
        b.Value("executable", executable).Value("prefix", "/usr").Value("exec_prefix", "/usr");
        b.Value("builtin_module_names", ctx.Engine.NativeModules.SortedNameTuple);
        b.Value("dont_write_bytecode", PyBool.True).Value("py3kwarning", PyBool.False);
        b.Value("warnoptions", new PyList()).Value("meta_path", new PyList()).Value("path_hooks", new PyList());
        b.Value("path_importer_cache", new PyDict());
        b.Value("subversion", new PyTuple(PyStr.From("CPython"), PyStr.From(""), PyStr.From("")));
        // The digit layout CPython 2.7 reports on 64-bit Linux (long arithmetic here is BigInteger's).
        b.Value("long_info", LongInfo.Create(PyInt.Get(30), PyInt.Get(4)));
        b.Value("float_info", FloatInfo.Create(new PyFloat(double.MaxValue), PyInt.Get(1024), PyInt.Get(308), new PyFloat(2.2250738585072014e-308), PyInt.Get(-1021), PyInt.Get(-307), PyInt.Get(15), PyInt.Get(53), new PyFloat(2.220446049250313e-16), PyInt.Get(2), PyInt.Get(1)));
        b.Fn("exit", (a, k) =>
        {
            Builtins.Args.Count("exit", a, k, 0, 1);
            throw PyErr.New(BuiltinTypes.SystemExit, a.Length == 0 ? [] : [a[0]]);
        });
        b.Fn("exc_info", (a, k) =>
        {
            var e = PyContext.Current.HandledException;
            if (e is null) return new PyTuple(PyNone.Instance, PyNone.Instance, PyNone.Instance);
            return new PyTuple(e.PyClass, e.Value, (PyObject?)e.BuildTraceback() ?? PyNone.Instance);
        });
        b.Fn("exc_clear", (a, k) => { PyContext.Current.HandledException = null; return PyNone.Instance; });
        b.Fn("getrecursionlimit", (a, k) => PyInt.Get(PyContext.Current.RecursionLimit));
        b.Fn("setrecursionlimit", (a, k) =>
        {
            Builtins.Args.Count("setrecursionlimit", a, k, 1, 1);
            var n = Ops.ToLong(a[0]);
            if (n <= 0) throw PyErr.ValueError("recursion limit must be positive");
            // Deeper than this would not fit in the run's thread stack; the stack guard still protects the host.
            PyContext.Current.RecursionLimit = (int)Math.Min(n, 20000);
            return PyNone.Instance;
        });
        b.Fn("getdefaultencoding", (a, k) => PyStr.From("ascii"));
        b.Fn("getfilesystemencoding", (a, k) => PyStr.From("ANSI_X3.4-1968"));
        b.Fn("getrefcount", (a, k) => PyInt.Get(2));
        b.Fn("getsizeof", (a, k) => PyInt.Get(a[0] is PyBaseString s ? 37 + s.Value.Length : 64));
        b.Fn("_getframe", (a, k) =>
        {
            var depth = a.Length > 0 ? Ops.ToLong(a[0]) : 0;
            var frame = PyContext.Current.CurrentFrame;
            for (var i = 0; i < depth && frame is not null; i++) frame = frame.Back;
            return frame is null ? throw PyErr.ValueError("call stack is not deep enough") : frame.View;
        });
        b.Fn("settrace", (a, k) => { Builtins.Args.Count("settrace", a, k, 1, 1); PyContext.Current.SetTrace(a[0] is PyNone ? null : a[0]); return PyNone.Instance; });
        b.Fn("gettrace", (a, k) => { Builtins.Args.Count("gettrace", a, k, 0, 0); return PyContext.Current.TraceFunction ?? PyNone.Instance; });
        b.Fn("setprofile", (a, k) => { Builtins.Args.Count("setprofile", a, k, 1, 1); PyContext.Current.SetProfile(a[0] is PyNone ? null : a[0]); return PyNone.Instance; });
        b.Fn("getprofile", (a, k) => { Builtins.Args.Count("getprofile", a, k, 0, 0); return PyContext.Current.ProfileFunction ?? PyNone.Instance; });
        b.Fn("excepthook", (a, k) =>
        {
            Builtins.Args.Count("excepthook", a, k, 3, 3);
            var e = new PythonException(a[1]);
            var text = a[2] is PyTraceback tb ? ExceptionFormatting.FormatTraceback(tb, e) : ExceptionFormatting.FormatOnly(e);
            Compilation.Nodes.PrintNode.Write(PyContext.Current.SysAttr("stderr"), PyStr.From(text));
            return PyNone.Instance;
        });
        // sys_displayhook: None is not shown; otherwise repr on stdout, ending the line, and the value kept in _.
        b.Fn("displayhook", (a, k) =>
        {
            Builtins.Args.Count("displayhook", a, k, 1, 1);
            var value = a[0];
            if (value is PyNone) return PyNone.Instance;
            var ctx = PyContext.Current;
            ctx.Builtins.SetStr("_", PyNone.Instance);
            var stdout = ctx.SysAttr("stdout");
            FlushLine(stdout);
            Compilation.Nodes.PrintNode.Write(stdout, PyStr.From(Ops.Repr(value)));
            Compilation.Nodes.PrintNode.SetSoftSpace(stdout, true);
            FlushLine(stdout);
            ctx.Builtins.SetStr("_", value);
            return PyNone.Instance;
        });
        b.Module.Dict.SetStr("__excepthook__", b.Module.Dict.GetStrOrNull("excepthook")!);
        b.Module.Dict.SetStr("__displayhook__", b.Module.Dict.GetStrOrNull("displayhook")!);
        return b;
    }

    // Py_FlushLine: a pending softspace on the file means print left a line open; end it.
    private static void FlushLine(PyObject file)
    {
        if (!Compilation.Nodes.PrintNode.GetSoftSpace(file)) return;
        Compilation.Nodes.PrintNode.Write(file, PyStr.Char('\n'));
        Compilation.Nodes.PrintNode.SetSoftSpace(file, false);
    }
}
