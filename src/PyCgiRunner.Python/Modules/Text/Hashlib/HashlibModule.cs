using System.Security.Cryptography;
using System.Text;
using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>hashlib (library reference §15.1): md5, sha1, sha224, sha256, sha384, sha512 and new(name).</summary>
internal static class HashlibModule
{
    private static readonly string[] s_names = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512"];
    public static readonly PyType HashType = NewHashType();

    /// <summary>A running hash: .NET's IncrementalHash, or our SHA-224.</summary>
    private sealed class PyHash : PyObject
    {
        public required string Name { get; init; }
        public IncrementalHash? Inc { get; init; }
        public Sha224? Sha224 { get; init; }
        public override PyType Type => HashType;
        public override string Repr() => $"<{Name} HASH object @ 0x{Id:x8}>";

        public void Update(PyObject data)
        {
            var bytes = Encoding.Latin1.GetBytes(DataOf(data));
            if (Inc is not null) Inc.AppendData(bytes);
            else Sha224!.Append(bytes);
        }

        public byte[] Digest() => Inc is not null ? Inc.GetCurrentHash() : Sha224!.Digest();
        public PyHash Copy() => new() { Name = Name, Inc = Inc?.Clone(), Sha224 = Sha224?.Clone() };
        public int DigestSize => Name switch { "md5" => 16, "sha1" => 20, "sha224" => 28, "sha256" => 32, "sha384" => 48, _ => 64 };
        public int BlockSize => Name is "sha384" or "sha512" ? 128 : 64;
    }

    private static string DataOf(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => Codecs.EncodeDefault(u.Value),
        _ => throw PyErr.TypeError($"must be string or buffer, not {o.Type.Name}"),
    };

    private static PyHash NewHash(string name, PyObject? data)
    {
        var lower = name.ToLowerInvariant();
        PyHash h = lower switch
        {
            "md5" => new PyHash { Name = lower, Inc = IncrementalHash.CreateHash(HashAlgorithmName.MD5) },
            "sha1" => new PyHash { Name = lower, Inc = IncrementalHash.CreateHash(HashAlgorithmName.SHA1) },
            "sha224" => new PyHash { Name = lower, Sha224 = new Sha224() },
            "sha256" => new PyHash { Name = lower, Inc = IncrementalHash.CreateHash(HashAlgorithmName.SHA256) },
            "sha384" => new PyHash { Name = lower, Inc = IncrementalHash.CreateHash(HashAlgorithmName.SHA384) },
            "sha512" => new PyHash { Name = lower, Inc = IncrementalHash.CreateHash(HashAlgorithmName.SHA512) },
            _ => throw PyErr.ValueError("unsupported hash type " + name),
        };
        if (data is not null) h.Update(data);
        return h;
    }

    public static PyModule Create()
    {
        var b = new ModuleBuilder("hashlib");
        foreach (var name in s_names)
        {
            var n = name;
            b.Fn(n, (args, kw) =>
            {
                var a = Args.Bind(n, args, kw, 0, "string");
                return NewHash(n, a[0]);
            });
        }
        b.Fn("new", (args, kw) =>
        {
            var a = Args.Bind("new", args, kw, 1, "name", "string");
            return NewHash(Args.Str(a[0]!, "name"), a[1]);
        });
        var names = PyTuple.Of(s_names.Select(n => (PyObject)PyStr.From(n)).ToArray());
        b.Value("algorithms", names);
        b.Value("algorithms_guaranteed", names);
        b.Value("algorithms_available", names);
        b.Fn("pbkdf2_hmac", (args, kw) =>
        {
            var a = Args.Bind("pbkdf2_hmac", args, kw, 4, "hash_name", "password", "salt", "iterations", "dklen");
            var algorithm = Args.Str(a[0]!, "hash_name").ToLowerInvariant() switch
            {
                "sha1" => HashAlgorithmName.SHA1, "sha256" => HashAlgorithmName.SHA256,
                "sha384" => HashAlgorithmName.SHA384, "sha512" => HashAlgorithmName.SHA512, "md5" => HashAlgorithmName.MD5,
                _ => throw PyErr.ValueError("unsupported hash type"),
            };
            var size = NewHash(Args.Str(a[0]!, "hash_name"), null).DigestSize;
            var length = a[4] is null or PyNone ? size : (int)Args.Int(a[4]!, "dklen");
            var key = Rfc2898DeriveBytes.Pbkdf2(Encoding.Latin1.GetBytes(DataOf(a[1]!)), Encoding.Latin1.GetBytes(DataOf(a[2]!)),
                (int)Args.Int(a[3]!, "iterations"), algorithm, length);
            return PyStr.FromBytes(key);
        });
        return b;
    }

    private static PyType NewHashType()
    {
        var t = new PyType("HASH", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("_hashlib"));
        Def1(t, "update", (self, data) => { ((PyHash)self).Update(data); return PyNone.Instance; });
        Def0(t, "digest", self => PyStr.FromBytes(((PyHash)self).Digest()));
        Def0(t, "hexdigest", self => PyStr.From(Convert.ToHexStringLower(((PyHash)self).Digest())));
        Def0(t, "copy", self => ((PyHash)self).Copy());
        // 2.7.18 built on OpenSSL reports the OpenSSL names (MD5, SHA256).
        Attr(t, "name", self => PyStr.From(((PyHash)self).Name.ToUpperInvariant()));
        Attr(t, "digest_size", self => PyInt.Get(((PyHash)self).DigestSize));
        Attr(t, "digestsize", self => PyInt.Get(((PyHash)self).DigestSize));
        Attr(t, "block_size", self => PyInt.Get(((PyHash)self).BlockSize));
        return t;
    }
}
