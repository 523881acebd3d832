using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Imp;

/// <summary>
/// imp.load_source and load_package (import.c's load_source_module, load_package): the module of that name in
/// sys.modules is reused (so loading again re-runs the code in the same module), else created there; a module
/// whose code fails is taken out of sys.modules again.
/// </summary>
internal static class ModuleLoader
{
    public static PyObject LoadSource(PyContext ctx, string name, string pathname, PyObject? file)
    {
        byte[] source = file is null or PyNone
            ? ModuleFiles.Read(ctx, pathname)
            : Encoding.Latin1.GetBytes(Ops.Str(Ops.CallMethod(file, "read")));
        var code = ctx.Engine.CompileModule(source, pathname);
        var (module, created) = AddModule(ctx, name);
        module.Dict.SetStr("__file__", PyStr.From(pathname));
        return Run(ctx, name, module, created, code);
    }

    public static PyObject LoadPackage(PyContext ctx, string name, string pathname)
    {
        var (module, created) = AddModule(ctx, name);
        module.Dict.SetStr("__file__", PyStr.From(pathname));
        module.Dict.SetStr("__path__", new PyList([PyStr.From(pathname)]));
        module.Dict.SetStr("__package__", PyStr.From(name));
        var init = ModuleFiles.Join(pathname, "__init__.py");
        if (!ModuleFiles.FileExists(ctx, init)) throw PyErr.ImportError("No module named __init__");
        var code = ctx.Engine.CompileModule(ModuleFiles.Read(ctx, init), init);
        module.Dict.SetStr("__file__", PyStr.From(init));
        return Run(ctx, name, module, created, code);
    }

    private static (PyModule Module, bool Created) AddModule(PyContext ctx, string name)
    {
        if (ctx.Modules.GetStrOrNull(name) is PyModule existing) return (existing, false);
        var module = new PyModule(name);
        ctx.Modules.SetStr(name, module);
        return (module, true);
    }

    private static PyObject Run(PyContext ctx, string name, PyModule module, bool created, Compilation.CodeObject code)
    {
        module.Dict.SetStr("__builtins__", ctx.BuiltinsModule);
        try
        {
            CodeExecution.RunModuleCode(ctx, code, module.Dict);
        }
        catch
        {
            if (created) ctx.Modules.RemoveStr(name);
            throw;
        }
        return ctx.Modules.GetStrOrNull(name) ?? module;
    }
}
