using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Python.Modules;

public static partial class NativeModuleTable
{
    /// <summary>re, struct, binascii, hashlib, zlib and the other data-crunching modules.</summary>
    private static void RegisterTextModules(NativeModules modules)
    {
    }
}
