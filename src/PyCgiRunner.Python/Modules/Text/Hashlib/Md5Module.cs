using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>
/// _md5 (CPython 2.7's Modules/md5module.c): new([arg]), positional only, and MD5Type.
/// </summary>
[PythonModule("_md5", Doc = "The MD5 message digest (RFC 1321): new([arg]) returns an md5 object, fed with arg if given.")]
internal static partial class Md5Module
{
    [PythonConstant] public const long digest_size = 16;

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx) => module.Dict.SetStr("MD5Type", PyHashObject.Md5Type);

    [PythonFunction("new", Doc = "new([arg]) -> a new md5 object, fed with arg if given.")]
    public static PyHashObject New(PyObject? arg = null)
        => PyHashObject.New(PyHashObject.Md5Type, DigestKind.Md5, "MD5", arg, "new");
}
