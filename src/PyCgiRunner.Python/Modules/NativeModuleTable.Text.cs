using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.Text.Binascii;
using PyCgiRunner.Python.Modules.Text.CodecsModule;
using PyCgiRunner.Python.Modules.Text.Re;
using PyCgiRunner.Python.Modules.Text.Sqlite;
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
        modules.Register("_struct", _ => StructModule.Create("_struct"));
        modules.Register("binascii", _ => BinasciiModule.Create());
        modules.Register("zlib", _ => ZlibModule.Create());
        modules.Register("codecs", _ => CodecsModuleFactory.Create("codecs"));
        modules.Register("_codecs", _ => CodecsModuleFactory.Create("_codecs"));
        modules.Register("sqlite3", _ => SqliteModule.Create());
    }
}
