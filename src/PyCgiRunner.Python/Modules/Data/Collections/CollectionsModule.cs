using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Collections;

/// <summary>
/// _collections (CPython 2.7's Modules/_collectionsmodule.c): the deque and defaultdict types behind the
/// library's collections.py ("from _collections import deque, defaultdict").
/// </summary>
[PythonModule("_collections", Doc = "High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n")]
internal static partial class CollectionsModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("deque", Deque.TypeObject);
        module.Dict.SetStr("defaultdict", DefaultDict.TypeObject);
    }
}
