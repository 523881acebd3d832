using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Imp;

/// <summary>
/// imp (CPython 2.7's Python/import.c, imp_*): find_module and load_module over the same search as import
/// (native modules, then the folders of the path), source and package loading, new_module, the import lock
/// (per program; programs never share it) and reload. Only Python source can be loaded: there are no
/// compiled (.pyc) or shared-library modules here, so get_suffixes lists '.py' alone.
/// </summary>
[PythonModule("imp", Doc = "The pieces of the import system: find and load modules, make new ones, the import lock.")]
internal static partial class ImpModule
{
    [PythonConstant] public const long SEARCH_ERROR = 0;
    [PythonConstant] public const long PY_SOURCE = 1;
    [PythonConstant] public const long PY_COMPILED = 2;
    [PythonConstant] public const long C_EXTENSION = 3;
    [PythonConstant] public const long PY_RESOURCE = 4;
    [PythonConstant] public const long PKG_DIRECTORY = 5;
    [PythonConstant] public const long C_BUILTIN = 6;
    [PythonConstant] public const long PY_FROZEN = 7;
    [PythonConstant] public const long PY_CODERESOURCE = 8;
    [PythonConstant] public const long IMP_HOOK = 9;

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("reload", ctx.Builtins.GetStrOrNull("reload") ?? PyNone.Instance);
        module.Dict.SetStr("NullImporter", NullImporter.TypeObject);
    }

    [PythonFunction(Doc = "get_magic() -> the four bytes that start a 2.7 .pyc file.")]
    public static string get_magic() => "\x03\xf3\r\n";

    [PythonFunction(Doc = "get_suffixes() -> [(suffix, mode, type), ...] for the files find_module() looks for.")]
    public static PyList get_suffixes() => new([new PyTuple(PyStr.From(".py"), PyStr.From("U"), PyInt.Get(PY_SOURCE))]);

    [PythonFunction(Doc = "new_module(name) -> an empty module of that (full) name, not put in sys.modules.")]
    public static PyModule new_module(string name) => new(name);

    [PythonFunction(Doc = "is_builtin(name) -> 1, -1 or 0: whether name is a native module (-1: one that cannot be re-initialized).")]
    public static long is_builtin(PyContext ctx, string name)
        => name is "sys" or "__builtin__" ? -1 : ctx.Engine.NativeModules.Contains(name) ? 1 : 0;

    [PythonFunction(Doc = "is_frozen(name) -> bool\nThere are no frozen modules here.")]
    public static bool is_frozen(string name) => false;

    [PythonFunction(Doc = "init_frozen(name) -> None (there are no frozen modules here).")]
    public static PyObject init_frozen(string name) => PyNone.Instance;

    [PythonFunction]
    public static PyObject get_frozen_object(string name) => throw PyErr.ImportError($"No such frozen object named {name}");

    /// <summary>The native module of that name (kept in sys.modules), or None.</summary>
    [PythonFunction]
    public static PyObject init_builtin(PyContext ctx, string name)
    {
        if (ctx.Modules.GetStrOrNull(name) is PyModule existing && ctx.Engine.NativeModules.Contains(name)) return existing;
        if (!ctx.Engine.NativeModules.TryCreate(name, ctx, out var module)) return PyNone.Instance;
        ctx.Modules.SetStr(name, module);
        return module;
    }

    [PythonFunction]
    public static PyObject load_dynamic(string name, string pathname, PyObject? file = null)
        => throw PyErr.ImportError($"{pathname}: shared libraries cannot be loaded in PyCgiRunner");

    [PythonFunction]
    public static PyObject load_compiled(string name, string pathname, PyObject? file = null)
        => throw PyErr.ImportError($"{pathname}: compiled modules cannot be loaded in PyCgiRunner (only .py source)");

    [PythonFunction(Doc = "find_module(name[, path]) -> (file, filename, (suffix, mode, type))\nLooks for the module in path (a list of folders) or, without one, among the native\nmodules and then on sys.path. Dotted names are not split: pass a package's __path__.")]
    public static PyTuple find_module(PyContext ctx, string name, PyObject? path = null)
        => ModuleFinder.Find(ctx, name, path is PyNone ? null : path);

    [PythonFunction(Doc = "load_module(name, file, filename, (suffix, mode, type)) -> module\nLoads what find_module() found, under the full name given.")]
    public static PyObject load_module(PyContext ctx, string name, PyObject file, string pathname, PyTuple description)
    {
        if (description.Count != 3) throw PyErr.TypeError("load_module() argument 4 must be a 3-item sequence");
        var kind = Ops.ToLong(description[2]);
        if (kind is PY_SOURCE or PY_COMPILED && file is PyNone)
            throw PyErr.ValueError($"file object required for import (type code {kind})");
        return kind switch
        {
            PY_SOURCE => ModuleLoader.LoadSource(ctx, name, pathname, file),
            PKG_DIRECTORY => ModuleLoader.LoadPackage(ctx, name, pathname),
            C_BUILTIN => init_builtin(ctx, name) is PyModule m ? m : throw PyErr.ImportError($"No module named {name}"),
            PY_COMPILED => load_compiled(name, pathname),
            C_EXTENSION => load_dynamic(name, pathname),
            _ => throw PyErr.ImportError($"Don't know how to import {name} (type code {kind})"),
        };
    }

    [PythonFunction]
    public static PyObject load_source(PyContext ctx, string name, string pathname, PyObject? file = null)
        => ModuleLoader.LoadSource(ctx, name, pathname, file);

    [PythonFunction]
    public static PyObject load_package(PyContext ctx, string name, string pathname)
        => ModuleLoader.LoadPackage(ctx, name, pathname);

    // The import lock: a count per program (requests never share imports, so never wait for each other).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyContext, System.Runtime.CompilerServices.StrongBox<int>> s_locks = new();
    private static System.Runtime.CompilerServices.StrongBox<int> Lock(PyContext ctx) => s_locks.GetValue(ctx, _ => new System.Runtime.CompilerServices.StrongBox<int>());

    [PythonFunction(Doc = "lock_held() -> whether this program holds the import lock.")]
    public static bool lock_held(PyContext ctx) => Lock(ctx).Value > 0;

    [PythonFunction(Doc = "acquire_lock() -> None. Takes the import lock (again).")]
    public static void acquire_lock(PyContext ctx) => Lock(ctx).Value++;

    [PythonFunction(Doc = "release_lock() -> None. Gives back one acquire_lock().")]
    public static void release_lock(PyContext ctx)
    {
        var held = Lock(ctx);
        if (held.Value == 0) throw PyErr.RuntimeError("not holding the import lock");
        held.Value--;
    }
}
