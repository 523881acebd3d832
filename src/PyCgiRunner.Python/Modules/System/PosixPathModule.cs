using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// posixpath (= os.path): string functions from <see cref="PosixPath"/>, file tests through the platform.
/// Results are unicode when an argument was unicode, as CPython's are.
/// </summary>
public static class PosixPathModule
{
    private static string S(PyObject o) => o switch
    {
        PyBaseString s => s.Value,
        _ => throw PyErr.AttributeError($"'{o.Type.Name}' object has no attribute 'startswith'"),
    };

    private static PyObject Wrap(string s, bool unicode) => unicode ? new PyUnicode(s) : PyStr.From(s);

    private static BuiltinFunctionBody Unary(string name, Func<string, string> f)
        => (a, k) => { Args.Count(name, a, k, 1, 1); return Wrap(f(S(a[0])), a[0] is PyUnicode); };

    private static BuiltinFunctionBody Pair(string name, Func<string, (string, string)> f)
        => (a, k) =>
        {
            Args.Count(name, a, k, 1, 1);
            var (x, y) = f(S(a[0]));
            var u = a[0] is PyUnicode;
            return new PyTuple(Wrap(x, u), Wrap(y, u));
        };

    /// <summary>A file test that is False (never an error) when the path cannot be examined.</summary>
    private static BuiltinFunctionBody Test(string name, Func<IPlatformView, string, bool> f)
        => (a, k) =>
        {
            Args.Count(name, a, k, 1, 1);
            var path = PathArg(a[0]);
            try { return PyBool.Of(f(new IPlatformView(PyContext.Current.Platform), path)); }
            catch (IOException) { return PyBool.False; }
            catch (UnauthorizedAccessException) { return PyBool.False; }
        };

    private readonly record struct IPlatformView(Hosting.IPlatform P)
    {
        public bool IsFile(string p) => P.FileExists(p);
        public bool IsDir(string p) => P.DirectoryExists(p);
        public bool IsLink(string p) => (P.FileExists(p) || P.DirectoryExists(p)) && P.Stat(p).LinkTarget is not null;
    }

    private static BuiltinFunctionBody StatField(string name, int index)
        => (a, k) =>
        {
            Args.Count(name, a, k, 1, 1);
            var st = (StructSeq)PosixModule.Stat(PathArg(a[0]), false);
            return index == 6 ? st.Items[6] : Ops.GetAttr(st, PosixModule.StatResult.Fields[index]);
        };

    public static PyModule Create()
    {
        var b = new ModuleBuilder("posixpath", "Common operations on Posix pathnames.");
        b.Value("curdir", ".").Value("pardir", "..").Value("extsep", ".").Value("sep", "/").Value("pathsep", ":")
            .Value("defpath", ":/bin:/usr/bin").Value("altsep", PyNone.Instance).Value("devnull", "/dev/null")
            .Value("supports_unicode_filenames", PyBool.False);
        b.Fn("normcase", (a, k) => { Args.Count("normcase", a, k, 1, 1); return a[0]; });
        b.Fn("isabs", (a, k) => { Args.Count("isabs", a, k, 1, 1); return PyBool.Of(PosixPath.IsAbs(S(a[0]))); });
        b.Fn("join", (a, k) =>
        {
            if (a.Length == 0) throw PyErr.TypeError("join() takes at least 1 argument (0 given)");
            Args.Count("join", a, k, 1, int.MaxValue);
            var unicode = a.Any(x => x is PyUnicode);
            return Wrap(PosixPath.Join(S(a[0]), a.Skip(1).Select(S)), unicode);
        });
        b.Fn("split", Pair("split", PosixPath.Split));
        b.Fn("splitext", Pair("splitext", PosixPath.SplitExt));
        b.Fn("splitdrive", Pair("splitdrive", p => ("", p)));
        b.Fn("basename", Unary("basename", PosixPath.Basename));
        b.Fn("dirname", Unary("dirname", PosixPath.Dirname));
        b.Fn("normpath", Unary("normpath", PosixPath.NormPath));
        b.Fn("abspath", Unary("abspath", p => PosixPath.AbsPath(p, PyContext.Current.Platform.CurrentDirectory)));
        b.Fn("realpath", Unary("realpath", RealPath));
        b.Fn("relpath", (a, k) =>
        {
            var args = Args.Bind("relpath", a, k, 1, "path", "start");
            var path = S(args[0]!);
            if (path.Length == 0) throw PyErr.ValueError("no path specified");
            var start = args[1] is null ? "." : S(args[1]!);
            var unicode = args[0] is PyUnicode || args[1] is PyUnicode;
            return Wrap(PosixPath.RelPath(path, start, PyContext.Current.Platform.CurrentDirectory), unicode);
        });
        b.Fn("commonprefix", (a, k) =>
        {
            Args.Count("commonprefix", a, k, 1, 1);
            var items = Ops.ToArray(a[0]);
            if (items.Length == 0) return PyStr.Empty;
            if (items.All(i => i is PyBaseString))
                return Wrap(PosixPath.CommonPrefix(items.Select(S).ToList()), items.Any(i => i is PyUnicode));
            // Lists of path components (relpath's use): the common leading items.
            var lists = items.Select(i => Ops.ToArray(i)).ToList();
            var n = 0;
            while (lists.All(l => n < l.Length) && lists.All(l => Ops.Eq(l[n], lists[0][n]))) n++;
            return Ops.GetSlice(items.OrderBy(i => i, Comparer<PyObject>.Create(Ops.Cmp)).First(), PyInt.Get(0), PyInt.Get(n));
        });
        b.Fn("expanduser", Unary("expanduser", ExpandUser));
        b.Fn("expandvars", Unary("expandvars", p => PosixPath.ExpandVars(p, GetEnv)));
        b.Fn("exists", Test("exists", (p, s) => p.IsFile(s) || p.IsDir(s)));
        b.Fn("lexists", Test("lexists", (p, s) => p.IsFile(s) || p.IsDir(s)));
        b.Fn("isfile", Test("isfile", (p, s) => p.IsFile(s)));
        b.Fn("isdir", Test("isdir", (p, s) => p.IsDir(s)));
        b.Fn("islink", Test("islink", (p, s) => p.IsLink(s)));
        b.Fn("ismount", Test("ismount", (p, s) => PosixPath.AbsPath(s, p.P.CurrentDirectory) == "/"));
        b.Fn("getsize", StatField("getsize", 6));
        b.Fn("getatime", StatField("getatime", 7));
        b.Fn("getmtime", StatField("getmtime", 8));
        b.Fn("getctime", StatField("getctime", 9));
        b.Fn("samefile", (a, k) =>
        {
            Args.Count("samefile", a, k, 2, 2);
            var p = PyContext.Current.Platform;
            var x = PathArg(a[0]);
            var y = PathArg(a[1]);
            Os(x, () => p.Stat(x));
            Os(y, () => p.Stat(y));
            return PyBool.Of(p.ResolvePath(x) == p.ResolvePath(y));
        });
        b.Fn("walk", (a, k) =>
        {
            Args.Count("walk", a, k, 3, 3);
            Walk(a[0], a[1], a[2]);
            return PyNone.Instance;
        });
        return b;
    }

    /// <summary>os.path.walk (2.7): calls visit(arg, dirname, names) for each directory, top first; unreadable ones are skipped.</summary>
    private static void Walk(PyObject top, PyObject visit, PyObject arg)
    {
        var p = PyContext.Current.Platform;
        var topPath = PathArg(top);
        PyList names;
        try { names = new PyList(p.ListDirectory(topPath).Select(n => (PyObject)PyStr.From(n))); }
        catch (IOException) { return; }
        catch (UnauthorizedAccessException) { return; }
        visit.Call([arg, top, names], null);
        foreach (var name in names.ToArray())
        {
            var child = PosixPath.Join(topPath, [Ops.Str(name)]);
            if (p.DirectoryExists(child) && p.Stat(child).LinkTarget is null) Walk(PyStr.From(child), visit, arg);
        }
    }

    /// <summary>The home of the run's user: $HOME from os.environ, else the fixed web account's home.</summary>
    private static string ExpandUser(string path)
    {
        if (!path.StartsWith('~')) return path;
        var slash = path.IndexOf('/', 1);
        if (slash < 0) slash = path.Length;
        string home;
        if (slash == 1) home = GetEnv("HOME") ?? PwdModule.Home;
        else if (path[1..slash] == PosixModule.UserName) home = PwdModule.Home;
        else if (path[1..slash] == "root") home = "/root";
        else return path;
        home = home.TrimEnd('/');
        var result = home + path[slash..];
        return result.Length == 0 ? "/" : result;
    }

    /// <summary>The absolute path with symbolic links resolved as far as the platform shows them.</summary>
    private static string RealPath(string path)
    {
        var p = PyContext.Current.Platform;
        var abs = PosixPath.AbsPath(path, p.CurrentDirectory);
        try
        {
            if ((p.FileExists(abs) || p.DirectoryExists(abs)) && p.Stat(abs).LinkTarget is { } target)
                return PosixPath.AbsPath(target, PosixPath.Dirname(abs));
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return abs;
    }
}
