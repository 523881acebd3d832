using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Random;

/// <summary>_random (CPython 2.7's Modules/_randommodule.c): the Random type the library's random.py builds on.</summary>
[PythonModule("_random", Doc = "The Mersenne Twister generator random.py is built on.")]
internal static partial class RandomModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx) => module.Dict.SetStr("Random", PyRandom.TypeObject);
}
