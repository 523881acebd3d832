using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// pwd, grp and getpass over a fixed account table: the script runs as the web server's account and never sees
/// the host's /etc/passwd (DESIGN: scripts learn nothing about the host).
/// </summary>
public static class PwdModule
{
    public const string Home = "/var/www";

    private static readonly (string Name, int Uid, string Gecos, string Dir, string Shell)[] s_users =
    [
        ("root", 0, "root", "/root", "/bin/bash"),
        (PosixModule.UserName, PosixModule.FixedUid, PosixModule.UserName, Home, "/usr/sbin/nologin"),
        ("nobody", 65534, "nobody", "/nonexistent", "/usr/sbin/nologin"),
    ];

    private static readonly StructSeqKind s_passwd = new("pwd", "struct_passwd",
        ["pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"], []);

    private static readonly StructSeqKind s_group = new("grp", "struct_group", ["gr_name", "gr_passwd", "gr_gid", "gr_mem"], []);

    private static PyObject Entry((string Name, int Uid, string Gecos, string Dir, string Shell) u)
        => s_passwd.Create(PyStr.From(u.Name), PyStr.From("x"), PyInt.Get(u.Uid), PyInt.Get(u.Uid), PyStr.From(u.Gecos), PyStr.From(u.Dir), PyStr.From(u.Shell));

    private static PyObject Group((string Name, int Uid, string Gecos, string Dir, string Shell) u)
        => s_group.Create(PyStr.From(u.Name), PyStr.From("x"), PyInt.Get(u.Uid), new PyList());

    public static PyModule CreatePwd()
    {
        var b = new ModuleBuilder("pwd");
        b.Value("struct_passwd", s_passwd.Type);
        b.Fn("getpwuid", (a, k) =>
        {
            Args.Count("getpwuid", a, k, 1, 1);
            var uid = Args.Int(a[0], "uid");
            foreach (var u in s_users) if (u.Uid == uid) return Entry(u);
            throw PyErr.New(BuiltinTypes.KeyError, $"getpwuid(): uid not found: {uid}");
        });
        b.Fn("getpwnam", (a, k) =>
        {
            Args.Count("getpwnam", a, k, 1, 1);
            var name = Args.Str(a[0], "name");
            foreach (var u in s_users) if (u.Name == name) return Entry(u);
            throw PyErr.New(BuiltinTypes.KeyError, $"getpwnam(): name not found: {name}");
        });
        b.Fn("getpwall", (a, k) => new PyList(s_users.Select(Entry).ToArray()));
        return b;
    }

    public static PyModule CreateGrp()
    {
        var b = new ModuleBuilder("grp");
        b.Value("struct_group", s_group.Type);
        b.Fn("getgrgid", (a, k) =>
        {
            Args.Count("getgrgid", a, k, 1, 1);
            var gid = Args.Int(a[0], "gid");
            foreach (var u in s_users) if (u.Uid == gid) return Group(u);
            throw PyErr.New(BuiltinTypes.KeyError, $"getgrgid(): gid not found: {gid}");
        });
        b.Fn("getgrnam", (a, k) =>
        {
            Args.Count("getgrnam", a, k, 1, 1);
            var name = Args.Str(a[0], "name");
            foreach (var u in s_users) if (u.Name == name) return Group(u);
            throw PyErr.New(BuiltinTypes.KeyError, $"getgrnam(): name not found: {name}");
        });
        b.Fn("getgrall", (a, k) => new PyList(s_users.Select(Group).ToArray()));
        return b;
    }

    public static PyModule CreateGetpass()
    {
        var b = new ModuleBuilder("getpass");
        // getuser reads LOGNAME/USER/LNAME/USERNAME first, as CPython's does, then the account table.
        b.Fn("getuser", (a, k) =>
        {
            foreach (var name in new[] { "LOGNAME", "USER", "LNAME", "USERNAME" })
                if (SystemSupport.GetEnv(name) is { Length: > 0 } v) return PyStr.From(v);
            return PyStr.From(PosixModule.UserName);
        });
        b.Fn("getpass", (a, k) => throw PyErr.EOFError("EOF when reading a line"));
        b.Value("GetPassWarning", BuiltinTypes.UserWarning);
        return b;
    }
}
