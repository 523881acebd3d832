using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// posix: the primitive operating-system calls os.py builds on (library reference §15.1), all through the run's
/// IPlatform so the sandbox policy applies. As in CPython, `os` is a Python module (stdlib-shims/os.py) that
/// star-imports this one and adds environ's mapping class, makedirs, walk and friends.
/// </summary>
public static partial class PosixModule
{
    public static PyModule Create(PyContext ctx)
    {
        var b = new ModuleBuilder("posix");
        AddFileFunctions(b);
        AddProcessFunctions(b, ctx);
        new PosixFds(ctx).AddTo(b);
        b.Value("error", BuiltinTypes.OSError);
        b.Value("stat_result", StatResult.Type);
        b.Fn("stat_float_times", (a, k) => PyBool.True);
        AddConstants(b);
        return b;
    }

    private static void AddConstants(ModuleBuilder b)
    {
        (string, long)[] values =
        [
            ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1),
            ("O_RDONLY", 0), ("O_WRONLY", 1), ("O_RDWR", 2), ("O_CREAT", 64), ("O_EXCL", 128), ("O_NOCTTY", 256),
            ("O_TRUNC", 512), ("O_APPEND", 1024), ("O_NONBLOCK", 2048), ("O_NDELAY", 2048), ("O_DSYNC", 4096),
            ("O_ASYNC", 8192), ("O_DIRECT", 16384), ("O_LARGEFILE", 0), ("O_DIRECTORY", 65536), ("O_NOFOLLOW", 131072),
            ("O_NOATIME", 262144), ("O_SYNC", 1052672), ("O_RSYNC", 1052672),
            ("WNOHANG", 1), ("WUNTRACED", 2), ("P_WAIT", 0), ("P_NOWAIT", 1), ("P_NOWAITO", 1),
            ("EX_OK", 0), ("EX_USAGE", 64), ("EX_DATAERR", 65), ("EX_NOINPUT", 66), ("EX_NOUSER", 67), ("EX_NOHOST", 68),
            ("EX_UNAVAILABLE", 69), ("EX_SOFTWARE", 70), ("EX_OSERR", 71), ("EX_OSFILE", 72), ("EX_CANTCREAT", 73),
            ("EX_IOERR", 74), ("EX_TEMPFAIL", 75), ("EX_PROTOCOL", 76), ("EX_NOPERM", 77), ("EX_CONFIG", 78),
            ("NGROUPS_MAX", 65536), ("TMP_MAX", 238328),
        ];
        foreach (var (name, value) in values) b.Value(name, value);
    }

    private static void AddFileFunctions(ModuleBuilder b)
    {
        var platform = () => PyContext.Current.Platform;
        b.Fn("getcwd", (a, k) => { Args.Count("getcwd", a, k, 0, 0); return Str(platform().CurrentDirectory); });
        b.Fn("getcwdu", (a, k) => { Args.Count("getcwdu", a, k, 0, 0); return new PyUnicode(platform().CurrentDirectory); });
        b.Fn("chdir", (a, k) =>
        {
            Args.Count("chdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            Os(path, () => platform().CurrentDirectory = path);
            return None;
        });
        b.Fn("listdir", (a, k) =>
        {
            Args.Count("listdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            var names = Os(path, () =>
            {
                if (platform().FileExists(path)) throw new IOException("Not a directory");
                return platform().ListDirectory(path);
            });
            var unicode = a[0] is PyUnicode;
            return new PyList(names.Select(n => unicode ? (PyObject)new PyUnicode(n) : Str(n)).ToArray());
        });
        b.Fn("mkdir", (a, k) =>
        {
            Args.Count("mkdir", a, k, 1, 2);
            var path = PathArg(a[0]);
            Os(path, () => platform().CreateDirectory(path));
            return None;
        });
        b.Fn("rmdir", (a, k) =>
        {
            Args.Count("rmdir", a, k, 1, 1);
            var path = PathArg(a[0]);
            Os(path, () =>
            {
                if (platform().FileExists(path)) throw new IOException("Not a directory");
                platform().DeleteDirectory(path);
            });
            return None;
        });
        BuiltinFunctionBody remove = (a, k) =>
        {
            Args.Count("remove", a, k, 1, 1);
            var path = PathArg(a[0]);
            // unlink(2) on a directory fails with EISDIR on Linux.
            if (platform().DirectoryExists(path)) throw PyErr.OSError(21, "Is a directory", path);
            Os(path, () => platform().DeleteFile(path));
            return None;
        };
        b.Fn("remove", remove).Fn("unlink", remove);
        b.Fn("rename", (a, k) =>
        {
            Args.Count("rename", a, k, 2, 2);
            var from = PathArg(a[0]);
            var to = PathArg(a[1]);
            Os(from, () => platform().Rename(from, to));
            return None;
        });
        b.Fn("stat", (a, k) => { Args.Count("stat", a, k, 1, 1); return Stat(PathArg(a[0]), false); });
        b.Fn("lstat", (a, k) => { Args.Count("lstat", a, k, 1, 1); return Stat(PathArg(a[0]), true); });
        b.Fn("utime", (a, k) =>
        {
            Args.Count("utime", a, k, 2, 2);
            var path = PathArg(a[0]);
            DateTime atime, mtime;
            if (a[1] is PyNone) atime = mtime = platform().Now.UtcDateTime;
            else if (a[1] is PyTuple { Count: 2 } t) { atime = FromUnix(Ops.ToDouble(t[0])); mtime = FromUnix(Ops.ToDouble(t[1])); }
            else throw PyErr.TypeError("utime() arg 2 must be a tuple (atime, mtime)");
            Os(path, () => platform().SetTimes(path, atime, mtime));
            return None;
        });
        b.Fn("access", (a, k) =>
        {
            Args.Count("access", a, k, 2, 2);
            var path = PathArg(a[0]);
            var mode = Args.Int(a[1], "mode");
            var p = platform();
            var exists = p.FileExists(path) || p.DirectoryExists(path);
            var ok = exists && ((mode & 2) == 0 || p.CanWrite(path));
            return PyBool.Of(ok);
        });
        BuiltinFunctionBody chmod = (a, k) =>
        {
            // Permission bits are not modelled; the call still fails as CPython's would outside the policy or on a missing file.
            var path = PathArg(a[0]);
            var p = platform();
            if (!p.FileExists(path) && !p.DirectoryExists(path)) throw PyErr.OSError(2, "No such file or directory", path);
            if (!p.CanWrite(path)) throw PyErr.OSError(1, "Operation not permitted", path);
            return None;
        };
        b.Fn("chmod", chmod).Fn("chown", chmod).Fn("lchown", chmod);
        b.Fn("readlink", (a, k) =>
        {
            var path = PathArg(a[0]);
            var info = Os(path, () => platform().Stat(path));
            return info.LinkTarget is { } target ? Str(target) : throw PyErr.OSError(22, "Invalid argument", path);
        });
        BuiltinFunctionBody noLinks = (a, k) => throw PyErr.OSError(1, "Operation not permitted: links are disabled in PyCgiRunner");
        b.Fn("symlink", noLinks).Fn("link", noLinks).Fn("mkfifo", noLinks).Fn("mknod", noLinks);
        b.Fn("_tempdir", (a, k) => Str(platform().TempDirectory));
        b.Fn("strerror", (a, k) => { Args.Count("strerror", a, k, 1, 1); return Str(ErrnoModule.StrError(Args.Int(a[0], "code"))); });
        b.Fn("urandom", (a, k) =>
        {
            Args.Count("urandom", a, k, 1, 1);
            var n = Args.Int(a[0], "n");
            if (n < 0) throw PyErr.ValueError("negative argument not allowed");
            return PyStr.FromBytes(platform().RandomBytes((int)n));
        });
    }

    public static DateTime FromUnix(double seconds) => DateTime.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
}
