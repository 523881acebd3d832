using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.Text.Binascii;
using PyCgiRunner.Python.Modules.Text.Hashlib;
using PyCgiRunner.Python.Modules.Text.Re;
using PyCgiRunner.Python.Modules.Text.Struct;
using PyCgiRunner.Python.Modules.Text.Zlib;

namespace PyCgiRunner.Python.Modules;

public static partial class NativeModuleTable
{
    /// <summary>re, struct, binascii, hashlib, zlib and the other data-crunching modules.</summary>
    private static void RegisterTextModules(NativeModules modules)
    {
        modules.Register("re", _ => ReModule.Create());
        modules.Register("sre_constants", _ => ReModule.CreateSreConstants());
        modules.Register("struct", _ => StructModule.Create());
        modules.Register("binascii", _ => BinasciiModule.Create());
        modules.Register("hashlib", _ => HashlibModule.Create());
        modules.Register("zlib", _ => ZlibModule.Create());
    }
}
