using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>_sha (CPython 2.7's Modules/shamodule.c): SHA-1 through new([string]).</summary>
[PythonModule("_sha", Doc = "The SHA-1 message digest (FIPS 180-4): new([string]) returns a sha object.")]
internal static partial class ShaModule
{
    [PythonConstant] public const long blocksize = 1;
    [PythonConstant] public const long digest_size = 20;
    [PythonConstant] public const long digestsize = 20;

    [PythonFunction("new", Keywords = true, Doc = "new([string]) -> a new SHA-1 hash object, fed with string if given.")]
    public static PyHashObject New(PyObject? @string = null)
        => PyHashObject.New(PyHashObject.ShaType, DigestKind.Sha1, "SHA1", @string, "new");
}
