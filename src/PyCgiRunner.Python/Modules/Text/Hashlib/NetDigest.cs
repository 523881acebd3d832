using System.Security.Cryptography;

namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>An <see cref="IDigest"/> over .NET's IncrementalHash (MD5, SHA-1, SHA-256, SHA-384, SHA-512).</summary>
internal sealed class NetDigest(IncrementalHash hash) : IDigest
{
    public void Append(ReadOnlySpan<byte> data) => hash.AppendData(data);
    public byte[] Digest() => hash.GetCurrentHash();
    public IDigest Clone() => new NetDigest(hash.Clone());
}
