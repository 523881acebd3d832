using PyCgiRunner.Python.Hosting.Library;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Hosting;

/// <summary>
/// The import system (Python 2.7 reference §6.12 and PEP 328): native modules first, then sys.path
/// (the script's folder, then stdlib-shims/, then the installed standard library). Implicit relative imports inside packages are tried before
/// absolute ones, as in Python 2. Modules live in the run's sys.modules only.
/// </summary>
public sealed class Importer
{
    private readonly PythonEngine _engine;

    public Importer(PythonEngine engine) { _engine = engine; }

    public PyObject Import(PyContext ctx, string name, PyDict globals, string[]? fromList, int level)
    {
        var package = PackageOf(globals);
        PyObject module;
        if (level > 0)
        {
            module = ImportRelative(ctx, name, package, level);
        }
        else if (level < 0 && package is not null && TryImport(ctx, package + "." + name.Split('.')[0], out _))
        {
            var full = package + "." + name;
            module = ImportDotted(ctx, full);
            if (fromList is null or { Length: 0 })
                return ctx.Modules.GetStrOrNull(package + "." + name.Split('.')[0])!;
            ImportFromList(ctx, module, fromList);
            return module;
        }
        else
        {
            module = ImportDotted(ctx, name);
        }
        if (fromList is null or { Length: 0 })
        {
            if (level > 0) return module;
            return ctx.Modules.GetStrOrNull(name.Split('.')[0]) ?? module;
        }
        ImportFromList(ctx, module, fromList);
        return module;
    }

    /// <summary>After 'import a.b.c', the module object a.b.c itself (for 'import a.b.c as d').</summary>
    public PyObject ResolveSubmodule(PyContext ctx, string name, PyDict globals)
    {
        var package = PackageOf(globals);
        if (package is not null && ctx.Modules.GetStrOrNull(package + "." + name) is { } rel) return rel;
        return ctx.Modules.GetStrOrNull(name) ?? ImportDotted(ctx, name);
    }

    private PyObject ImportRelative(PyContext ctx, string name, string? package, int level)
    {
        if (package is null) throw PyErr.New(BuiltinTypes.ValueError, "Attempted relative import in non-package");
        var parts = package.Split('.');
        if (level - 1 >= parts.Length) throw PyErr.New(BuiltinTypes.ValueError, "Attempted relative import beyond toplevel package");
        var basePackage = string.Join('.', parts[..^(level - 1)]);
        return ImportDotted(ctx, name.Length == 0 ? basePackage : basePackage + "." + name);
    }

    private void ImportFromList(PyContext ctx, PyObject module, string[] fromList)
    {
        if (Ops.GetAttrOrNull(module, "__path__") is null) return;
        var name = Ops.GetAttrOrNull(module, "__name__") is PyStr n ? n.Value : null;
        if (name is null) return;
        foreach (var item in fromList)
        {
            if (item == "*" || Ops.GetAttrOrNull(module, item) is not null) continue;
            TryImport(ctx, name + "." + item, out _);
        }
    }

    private static string? PackageOf(PyDict globals)
    {
        if (globals.GetStrOrNull("__package__") is PyStr p && p.Value.Length > 0) return p.Value;
        if (globals.GetStrOrNull("__name__") is not PyStr name) return null;
        if (globals.TryGetStr("__path__", out _)) return name.Value;
        var dot = name.Value.LastIndexOf('.');
        return dot < 0 ? null : name.Value[..dot];
    }

    public PyObject ImportDotted(PyContext ctx, string fullName)
    {
        if (!TryImport(ctx, fullName, out var module))
            throw PyErr.ImportError("No module named " + fullName.Split('.')[^1]);
        return module;
    }

    private bool TryImport(PyContext ctx, string fullName, out PyObject module)
    {
        // sys.modules may hold any object (packages register stand-ins there).
        if (ctx.Modules.GetStrOrNull(fullName) is { } cached and not PyNone) { module = cached; return true; }
        var dot = fullName.LastIndexOf('.');
        IEnumerable<string> searchPath;
        PyObject? parent = null;
        if (dot < 0)
        {
            if (_engine.NativeModules.TryCreate(fullName, ctx, out var native))
            {
                ctx.Modules.SetStr(fullName, native);
                module = native;
                return true;
            }
            searchPath = SysPath(ctx);
        }
        else
        {
            if (!TryImport(ctx, fullName[..dot], out parent)) { module = null!; return false; }
            if (ctx.Modules.GetStrOrNull(fullName) is { } again and not PyNone) { module = again; return true; }
            if (_engine.NativeModules.TryCreate(fullName, ctx, out var native))
            {
                ctx.Modules.SetStr(fullName, native);
                Ops.SetAttr(parent, fullName[(dot + 1)..], native);
                module = native;
                return true;
            }
            searchPath = Ops.GetAttrOrNull(parent, "__path__") is { } p ? Ops.ToArray(p).Select(Ops.Str) : [];
        }
        var shortName = fullName[(dot + 1)..];
        foreach (var dir in searchPath)
        {
            if (!TryLocate(ctx, dir, shortName, out var location)) continue;
            module = LoadSource(ctx, fullName, location);
            if (parent is not null) Ops.SetAttr(parent, shortName, module);
            return true;
        }
        module = null!;
        return false;
    }

    /// <summary>
    /// Where a module file was found: in an engine-owned source (shims, library: read directly) or in a folder
    /// of the script's (read through its sandboxed platform).
    /// </summary>
    private readonly record struct ModuleLocation(ModuleSource? Source, string Path, string? PackageDir);

    private bool TryLocate(PyContext ctx, string dir, string shortName, out ModuleLocation location)
    {
        if (_engine.Resolve(dir) is var (source, relativeDir) && source is not null)
        {
            var prefix = relativeDir.Length == 0 ? shortName : relativeDir + "/" + shortName;
            if (source.FileExists(prefix + "/__init__.py"))
            {
                location = new ModuleLocation(source, prefix + "/__init__.py", source.DisplayPath(prefix));
                return true;
            }
            if (source.FileExists(prefix + ".py"))
            {
                location = new ModuleLocation(source, prefix + ".py", null);
                return true;
            }
        }
        else
        {
            var packageInit = Path.Combine(dir, shortName, "__init__.py");
            var file = Path.Combine(dir, shortName + ".py");
            if (ctx.Platform.FileExists(packageInit))
            {
                location = new ModuleLocation(null, packageInit, Path.Combine(dir, shortName));
                return true;
            }
            if (ctx.Platform.FileExists(file))
            {
                location = new ModuleLocation(null, file, null);
                return true;
            }
        }
        location = default;
        return false;
    }

    private IEnumerable<string> SysPath(PyContext ctx)
    {
        if (ctx.Sys.Dict.GetStrOrNull("path") is PyList list)
            foreach (var entry in list.ToArray())
                if (entry is PyStr s) yield return s.Value.Length == 0 ? ctx.Platform.CurrentDirectory : s.Value;
    }

    /// <summary>
    /// A library package's __path__: our stdlib-shims/ folder of the same name first when there is one (without an
    /// __init__.py of its own), so a module of ours can stand in for one module of a library package
    /// (email/_parseaddr.py) while the rest of the package stays the library's.
    /// </summary>
    private PyObject[] PackagePath(ModuleSource? source, string packageDir)
    {
        if (source == _engine.Library)
        {
            var relative = _engine.Resolve(packageDir).RelativeDir;
            if (_engine.Shims.DirectoryExists(relative)) return [PyStr.From(_engine.Shims.DisplayPath(relative)), PyStr.From(packageDir)];
        }
        return [PyStr.From(packageDir)];
    }

    private byte[] Read(PyContext ctx, string path)
    {
        using var stream = ctx.Platform.OpenFile(path, FileMode.Open, FileAccess.Read);
        using var ms = new MemoryStream();
        stream.CopyTo(ms);
        return ms.ToArray();
    }

    /// <summary>Loads fullName from a file of an engine-owned or zip source (zipimporter.load_module).</summary>
    public PyObject LoadFrom(PyContext ctx, string fullName, ModuleSource source, string relativeFile)
    {
        var isPackage = relativeFile.EndsWith("/__init__.py", StringComparison.Ordinal);
        var packageDir = isPackage ? source.DisplayPath(relativeFile[..^"/__init__.py".Length]) : null;
        return LoadSource(ctx, fullName, new ModuleLocation(source, relativeFile, packageDir));
    }

    private PyObject LoadSource(PyContext ctx, string fullName, ModuleLocation location)
    {
        var (source, file, packageDir) = location;
        var code = source is not null
            ? _engine.CompileSource(source, file)
            : _engine.CompileFile(ctx.Platform.ResolvePath(file), file, p => Read(ctx, p));
        if (source is not null) file = source.DisplayPath(file);
        var module = new PyModule(fullName);
        module.Dict.SetStr("__file__", PyStr.From(file));
        // Modules inside an archive carry their loader, through which linecache and inspect read their source.
        if (source is ZipModuleSource)
            module.Dict.SetStr("__loader__", new Modules.Interpreter.ZipImporter(source, location.Path.Contains('/') ? location.Path[..location.Path.LastIndexOf('/')] : ""));
        if (packageDir is not null)
        {
            module.Dict.SetStr("__path__", new PyList(PackagePath(source, packageDir)));
            module.Dict.SetStr("__package__", PyStr.From(fullName));
        }
        else
        {
            var dot = fullName.LastIndexOf('.');
            module.Dict.SetStr("__package__", dot < 0 ? PyNone.Instance : PyStr.From(fullName[..dot]));
        }
        module.Dict.SetStr("__builtins__", ctx.BuiltinsModule);
        ctx.Modules.SetStr(fullName, module);
        try
        {
            CodeExecution.RunModuleCode(ctx, code, module.Dict);
        }
        catch
        {
            ctx.Modules.RemoveStr(fullName);
            throw;
        }
        // A module may replace itself in sys.modules while it runs.
        return ctx.Modules.GetStrOrNull(fullName) ?? module;
    }
}
