using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>_sha512 (CPython 2.7's Modules/sha512module.c): sha512([string]) and sha384([string]).</summary>
[PythonModule("_sha512")]
internal static partial class Sha512Module
{
    [PythonFunction(Keywords = true, MessageName = "new", Doc = "sha512([string]) -> a new SHA-512 hash object, fed with string if given.")]
    public static PyHashObject sha512(PyObject? @string = null)
        => PyHashObject.New(PyHashObject.Sha512Type, DigestKind.Sha512, "SHA512", @string, "new");

    [PythonFunction(Keywords = true, MessageName = "new", Doc = "sha384([string]) -> a new SHA-384 hash object, fed with string if given.")]
    public static PyHashObject sha384(PyObject? @string = null)
        => PyHashObject.New(PyHashObject.Sha384Type, DigestKind.Sha384, "SHA384", @string, "new");
}
