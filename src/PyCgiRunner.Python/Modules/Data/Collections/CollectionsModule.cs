using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>
/// _collections (CPython 2.7's Modules/_collectionsmodule.c): the deque and defaultdict types behind the
/// library's collections.py ("from _collections import deque, defaultdict").
/// </summary>
[PythonModule("_collections", Doc = "Container types written natively: deque (a double-ended queue) and defaultdict\n(a dict that makes missing values with a factory).")]
internal static partial class CollectionsModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("deque", Deque.TypeObject);
        module.Dict.SetStr("defaultdict", DefaultDict.TypeObject);
    }
}
