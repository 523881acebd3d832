using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Imp;

/// <summary>imp.find_module: a native module (when no path is given), else a package folder or a .py file on the path.</summary>
internal static class ModuleFinder
{
    public static PyTuple Find(PyContext ctx, string name, PyObject? path)
    {
        PyObject dirs;
        if (path is null)
        {
            if (ctx.Engine.NativeModules.Contains(name))
                return new PyTuple(PyNone.Instance, PyStr.From(name), Description("", "", ImpModule.C_BUILTIN));
            dirs = ctx.SysAttr("path");
        }
        else dirs = path;
        if (dirs is not PyList list) throw PyErr.RuntimeError("sys.path must be a list of directory names");
        foreach (var entry in list.ToArray())
        {
            if (entry is not PyStr dir) continue;
            var package = ModuleFiles.Join(dir.Value, name);
            if (ModuleFiles.DirectoryExists(ctx, package) && ModuleFiles.FileExists(ctx, ModuleFiles.Join(package, "__init__.py")))
                return new PyTuple(PyNone.Instance, PyStr.From(package), Description("", "", ImpModule.PKG_DIRECTORY));
            var source = package + ".py";
            if (ModuleFiles.FileExists(ctx, source))
            {
                var file = new PyFile(ModuleFiles.Open(ctx, source), source, "U");
                return new PyTuple(file, PyStr.From(source), Description(".py", "U", ImpModule.PY_SOURCE));
            }
        }
        throw PyErr.ImportError("No module named " + name);
    }

    private static PyTuple Description(string suffix, string mode, long kind)
        => new(PyStr.From(suffix), PyStr.From(mode), PyInt.Get(kind));
}
