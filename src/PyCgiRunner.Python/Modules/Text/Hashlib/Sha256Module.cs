using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>_sha256 (CPython 2.7's Modules/sha256module.c): sha256([string]) and sha224([string]).</summary>
[PythonModule("_sha256")]
internal static partial class Sha256Module
{
    [PythonFunction(Keywords = true, MessageName = "new", Doc = "sha256([string]) -> a new SHA-256 hash object, fed with string if given.")]
    public static PyHashObject sha256(PyObject? @string = null)
        => PyHashObject.New(PyHashObject.Sha256Type, DigestKind.Sha256, "SHA256", @string, "new");

    [PythonFunction(Keywords = true, MessageName = "new", Doc = "sha224([string]) -> a new SHA-224 hash object, fed with string if given.")]
    public static PyHashObject sha224(PyObject? @string = null)
        => PyHashObject.New(PyHashObject.Sha224Type, DigestKind.Sha224, "SHA224", @string, "new");
}
