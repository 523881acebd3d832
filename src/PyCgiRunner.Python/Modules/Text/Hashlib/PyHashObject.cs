using System.Text;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>
/// A hash object of hashlib: _hashlib's HASH (named as it was asked for, as OpenSSL-based builds do) or the
/// builtin modules' md5, sha, sha224/256, sha384/512 types (named 'MD5', 'SHA1', ...). update takes a str,
/// a unicode in the default encoding or any buffer; digest and hexdigest do not end the hash.
/// </summary>
[PythonType]
internal sealed partial class PyHashObject : PyObject
{
    public static readonly PyType HashType = CreateType("HASH", "_hashlib", "A running message digest: update() feeds it, digest() and hexdigest() read it.");
    public static readonly PyType Md5Type = CreateType("md5", "_md5", "A running MD5 digest: update() feeds it, digest() and hexdigest() read it.");
    public static readonly PyType ShaType = CreateType("sha", "_sha", null);
    public static readonly PyType Sha224Type = CreateType("sha224", "_sha256", null);
    public static readonly PyType Sha256Type = CreateType("sha256", "_sha256", null);
    public static readonly PyType Sha384Type = CreateType("sha384", "_sha512", null);
    public static readonly PyType Sha512Type = CreateType("sha512", "_sha512", null);

    private readonly PyType _type;
    private readonly IDigest _digest;
    private readonly string _name;

    public DigestKind Kind { get; }

    public PyHashObject(PyType type, DigestKind kind, string name, IDigest? digest = null)
    {
        _type = type;
        Kind = kind;
        _name = name;
        _digest = digest ?? kind.Create();
    }

    public override PyType Type => _type;

    public override string Repr()
        => _type == HashType ? $"<{_name} HASH object @ 0x{Id:x8}>" : base.Repr();

    private static PyType CreateType(string name, string module, string? doc)
    {
        var t = SystemSupport.NewType(name, module);
        t.Dict.SetStr("__doc__", doc is null ? PyNone.Instance : PyStr.From(doc));
        DefineMembers(t);
        return t;
    }

    /// <summary>A new object of the builtin module type, fed with the constructor's optional data.</summary>
    public static PyHashObject New(PyType type, DigestKind kind, string name, PyObject? data, string function)
    {
        var h = new PyHashObject(type, kind, name);
        if (data is not null) h.Append(BufferArgument.Get(data, function));
        return h;
    }

    public void Append(string latin1) => _digest.Append(Encoding.Latin1.GetBytes(latin1));

    [PythonFunction("update", Doc = "update(data): feeds more bytes (a string or any buffer).")]
    public void Update(params PyObject[] args)
    {
        if (args.Length != 1) throw PyErr.TypeError($"update() takes exactly 1 argument ({args.Length} given)");
        Append(BufferArgument.Get(args[0], "update"));
    }

    [PythonFunction("digest", Doc = "digest() -> the digest of what was fed so far, as bytes in a str.")]
    public PyStr Digest() => PyStr.FromBytes(_digest.Digest());

    [PythonFunction("hexdigest", Doc = "hexdigest() -> the same digest in lower-case hexadecimal.")]
    public string HexDigest() => Convert.ToHexStringLower(_digest.Digest());

    [PythonFunction("copy", Doc = "copy() -> an independent hash object in the same state.")]
    public PyHashObject Copy() => new(_type, Kind, _name, _digest.Clone());

    [PythonGetter("name")] public string Name => _name;
    [PythonGetter("digest_size")] public int DigestSize => Kind.DigestSize;
    [PythonGetter("digestsize")] public int DigestSizeAlias => Kind.DigestSize;
    [PythonGetter("block_size")] public int BlockSize => Kind.BlockSize;
}
