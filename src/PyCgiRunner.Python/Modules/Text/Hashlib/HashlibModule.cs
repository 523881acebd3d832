using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>
/// hashlib (library reference §15.1) as CPython 2.7.18's hashlib.py builds it where, as on the reference
/// installation, there is no OpenSSL _hashlib: the constructors are those of _md5, _sha, _sha256 and _sha512
/// (hashlib.md5 is _md5.new) and new(name) picks among them. Native until the library's hashlib.py is loaded.
/// </summary>
[PythonModule("hashlib")]
internal static partial class HashlibModule
{
    private static readonly PyTuple s_names = new(DigestKind.All.Select(k => (PyObject)PyStr.From(k.Name)).ToArray());

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("algorithms", s_names);
        module.Dict.SetStr("algorithms_guaranteed", new PySet(s_names.Items));
        module.Dict.SetStr("algorithms_available", new PySet(s_names.Items));
        foreach (var name in new[] { "md5", "sha1", "sha224", "sha256", "sha384", "sha512" })
            module.Dict.SetStr(name, Constructor(ctx, name));
    }

    /// <summary>__get_builtin_constructor: the function of the builtin module that makes this algorithm.</summary>
    private static PyObject Constructor(PyContext ctx, string name)
    {
        var (module, function) = name switch
        {
            "md5" or "MD5" => ("_md5", "new"),
            "sha1" or "SHA1" => ("_sha", "new"),
            "sha224" or "SHA224" => ("_sha256", "sha224"),
            "sha256" or "SHA256" => ("_sha256", "sha256"),
            "sha384" or "SHA384" => ("_sha512", "sha384"),
            "sha512" or "SHA512" => ("_sha512", "sha512"),
            _ => throw PyErr.ValueError("unsupported hash type " + name),
        };
        return Ops.GetAttr(ctx.Engine.Importer.ImportDotted(ctx, module), function);
    }

    [PythonFunction("new", Keywords = true, Doc = "new(name, string='') -> a hash object of the named algorithm, fed with string.")]
    public static PyObject New(PyContext ctx, string name, PyObject? @string = null)
    {
        var constructor = Constructor(ctx, name);
        return @string is null ? Ops.CallFunction(constructor) : Ops.CallFunction(constructor, @string);
    }

    [PythonFunction(Keywords = true, Doc = "pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) -> key")]
    public static PyStr pbkdf2_hmac(string hash_name, PyObject password, PyObject salt, long iterations, PyObject? dklen = null)
        => OpensslHashModule.pbkdf2_hmac(hash_name, password, salt, iterations, dklen);
}
