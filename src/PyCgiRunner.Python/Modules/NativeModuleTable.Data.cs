using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.Data.Arrays;
using PyCgiRunner.Python.Modules.Data.Unicodedata;

namespace PyCgiRunner.Python.Modules;

public static partial class NativeModuleTable
{
    /// <summary>unicodedata and array: character data and typed arrays.</summary>
    private static void RegisterDataModules(NativeModules modules)
    {
        modules.Register("unicodedata", _ => UnicodedataModule.Create());
        modules.Register("array", _ => ArrayModule.Create());
    }
}
