using System.Security.Cryptography;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>The six algorithms hashlib always offers, with their sizes (bytes) and OpenSSL's two spellings.</summary>
internal sealed class DigestKind
{
    public string Name { get; }
    public string UpperName { get; }
    public int DigestSize { get; }
    public int BlockSize { get; }
    private readonly Func<IDigest> _create;

    private DigestKind(string name, int digestSize, int blockSize, Func<IDigest> create)
    {
        Name = name;
        UpperName = name.ToUpperInvariant();
        DigestSize = digestSize;
        BlockSize = blockSize;
        _create = create;
    }

    public IDigest Create() => _create();

    public static readonly DigestKind Md5 = new("md5", 16, 64, () => Net(HashAlgorithmName.MD5));
    public static readonly DigestKind Sha1 = new("sha1", 20, 64, () => Net(HashAlgorithmName.SHA1));
    public static readonly DigestKind Sha224 = new("sha224", 28, 64, () => new Sha224());
    public static readonly DigestKind Sha256 = new("sha256", 32, 64, () => Net(HashAlgorithmName.SHA256));
    public static readonly DigestKind Sha384 = new("sha384", 48, 128, () => Net(HashAlgorithmName.SHA384));
    public static readonly DigestKind Sha512 = new("sha512", 64, 128, () => Net(HashAlgorithmName.SHA512));

    public static readonly DigestKind[] All = [Md5, Sha1, Sha224, Sha256, Sha384, Sha512];

    private static IDigest Net(HashAlgorithmName name) => new NetDigest(IncrementalHash.CreateHash(name));

    /// <summary>EVP_get_digestbyname: the lower-case or upper-case name; null when not one of ours.</summary>
    public static DigestKind? Find(string name) => All.FirstOrDefault(k => k.Name == name || k.UpperName == name);

    /// <summary>One-shot digest of data (for HMAC).</summary>
    public byte[] Of(ReadOnlySpan<byte> data)
    {
        var d = Create();
        d.Append(data);
        return d.Digest();
    }
}
