using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules;

/// <summary>
/// Registers every module implemented in C#: the hand-registered ones below and every [PythonModule] class
/// (GeneratedModuleTable, written by the source generator). Modules written in Python live in stdlib-shims/.
/// </summary>
public static partial class NativeModuleTable
{
    public static void RegisterAll(NativeModules modules)
    {
        modules.Register("sys", ctx => ctx.Sys);
        modules.Register("__builtin__", ctx => ctx.BuiltinsModule);
        modules.Register("exceptions", _ => ExceptionsModule());
        RegisterSystemModules(modules);
        RegisterTextModules(modules);
        RegisterDataModules(modules);
        Binding.GeneratedModuleTable.RegisterAll(modules);
    }

    private static PyModule ExceptionsModule()
    {
        var m = new PyModule("exceptions");
        foreach (var t in BuiltinTypes.ExceptionTypes) m.Dict.SetStr(t.Name, t);
        return m;
    }
}
