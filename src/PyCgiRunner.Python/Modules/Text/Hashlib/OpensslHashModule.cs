using System.Text;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>
/// _hashlib (CPython 2.7's Modules/_hashopenssl.c, the OpenSSL binding hashlib.py prefers): new(name[, string]),
/// openssl_md5 ... openssl_sha512 and pbkdf2_hmac, on .NET's digests instead of OpenSSL's, for the six
/// algorithms hashlib guarantees. The objects are HASH objects named as they were asked for.
/// </summary>
[PythonModule("_hashlib")]
internal static partial class OpensslHashModule
{
    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        module.Dict.SetStr("HASH", PyHashObject.HashType);
        module.Dict.SetStr("openssl_md_meth_names", new PySet(DigestKind.All.Select(k => (PyObject)PyStr.From(k.Name)), frozen: true));
    }

    private static PyHashObject Make(DigestKind kind, string name, PyObject? data, string function)
        => PyHashObject.New(PyHashObject.HashType, kind, name, data, function);

    [PythonFunction("new", Keywords = true, Doc = "new(name, string='') -> a new hash object of the named algorithm, fed with string.")]
    public static PyHashObject New(string name, PyObject? @string = null)
        => Make(DigestKind.Find(name) ?? throw PyErr.ValueError("unsupported hash type"), name, @string, "new");

    [PythonFunction(Keywords = true, Doc = "openssl_md5([string]) -> a md5 HASH object, fed with string if given.")]
    public static PyHashObject openssl_md5(PyObject? @string = null) => Make(DigestKind.Md5, "md5", @string, "openssl_md5");

    [PythonFunction(Keywords = true, Doc = "openssl_sha1([string]) -> a sha1 HASH object, fed with string if given.")]
    public static PyHashObject openssl_sha1(PyObject? @string = null) => Make(DigestKind.Sha1, "sha1", @string, "openssl_sha1");

    [PythonFunction(Keywords = true, Doc = "openssl_sha224([string]) -> a sha224 HASH object, fed with string if given.")]
    public static PyHashObject openssl_sha224(PyObject? @string = null) => Make(DigestKind.Sha224, "sha224", @string, "openssl_sha224");

    [PythonFunction(Keywords = true, Doc = "openssl_sha256([string]) -> a sha256 HASH object, fed with string if given.")]
    public static PyHashObject openssl_sha256(PyObject? @string = null) => Make(DigestKind.Sha256, "sha256", @string, "openssl_sha256");

    [PythonFunction(Keywords = true, Doc = "openssl_sha384([string]) -> a sha384 HASH object, fed with string if given.")]
    public static PyHashObject openssl_sha384(PyObject? @string = null) => Make(DigestKind.Sha384, "sha384", @string, "openssl_sha384");

    [PythonFunction(Keywords = true, Doc = "openssl_sha512([string]) -> a sha512 HASH object, fed with string if given.")]
    public static PyHashObject openssl_sha512(PyObject? @string = null) => Make(DigestKind.Sha512, "sha512", @string, "openssl_sha512");

    /// <summary>pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None): the derived key as a str.</summary>
    [PythonFunction(Keywords = true, Doc = "pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None) -> key\n\nPBKDF2 (RFC 8018) with HMAC over the named hash.")]
    public static PyStr pbkdf2_hmac(string hash_name, PyObject password, PyObject salt, long iterations, PyObject? dklen = null)
    {
        var kind = DigestKind.Find(hash_name) ?? throw PyErr.ValueError("unsupported hash type");
        if (iterations < 1) throw PyErr.ValueError("iteration value must be greater than 0.");
        if (iterations > int.MaxValue) throw PyErr.OverflowError("iteration value is too great.");
        var length = dklen is null or PyNone ? kind.DigestSize : ArgBinding.ToLong(dklen);
        if (length < 1) throw PyErr.ValueError("key length must be greater than 0.");
        if (length > int.MaxValue) throw PyErr.OverflowError("key length is too great.");
        var key = Pbkdf2.Derive(kind, Encoding.Latin1.GetBytes(BufferArgument.Get(password, "pbkdf2_hmac", 2)),
            Encoding.Latin1.GetBytes(BufferArgument.Get(salt, "pbkdf2_hmac", 3)), iterations, (int)length);
        return PyStr.FromBytes(key);
    }
}
