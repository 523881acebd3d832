namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>A running message digest: more data, the digest so far (without finishing), an independent copy.</summary>
internal interface IDigest
{
    void Append(ReadOnlySpan<byte> data);
    byte[] Digest();
    IDigest Clone();
}
