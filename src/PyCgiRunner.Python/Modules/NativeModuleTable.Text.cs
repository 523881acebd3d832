using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.Text.Binascii;
using PyCgiRunner.Python.Modules.Text.Hashlib;
using PyCgiRunner.Python.Modules.Text.Struct;
using PyCgiRunner.Python.Modules.Text.Zlib;

namespace PyCgiRunner.Python.Modules;

public static partial class NativeModuleTable
{
    /// <summary>
    /// struct, binascii, hashlib, zlib and the other data-crunching modules. re is the library's re.py on the
    /// generated _sre module (Modules/Text/Sre).
    /// </summary>
    private static void RegisterTextModules(NativeModules modules)
    {
        modules.Register("struct", _ => StructModule.Create());
        modules.Register("_struct", _ => StructModule.Create("_struct"));
        modules.Register("binascii", _ => BinasciiModule.Create());
        modules.Register("zlib", _ => ZlibModule.Create());
    }
}
