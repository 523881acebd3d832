using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Modules;

public static partial class NativeModuleTable
{
    /// <summary>os, time, math and the other modules that reach the host or the interpreter.</summary>
    private static void RegisterSystemModules(NativeModules modules)
    {
    }
}
