using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// platform and ctypes: platform answers with the fixed machine description; ctypes is refused (native code).
/// The network and process modules are _socket, select and signal (their own folders) and stdlib-shims/subprocess.py.
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

    public static PyModule CreateCtypes()
    {
        // Loading native code is outside any sandbox; the import itself fails as on a Python built without ctypes.
        throw PyErr.ImportError("No module named _ctypes");
    }
}
