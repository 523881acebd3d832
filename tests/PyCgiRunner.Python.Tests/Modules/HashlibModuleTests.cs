using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>
/// _hashlib, which the reference CPython (built without OpenSSL) lacks: published test vectors (RFC 1321,
/// FIPS 180-4 examples, RFC 6070 for PBKDF2-HMAC-SHA1) and agreement with the builtin hash modules.
/// </summary>
public class HashlibModuleTests
{
    [Theory]
    [InlineData("md5", "", "d41d8cd98f00b204e9800998ecf8427e")]
    [InlineData("md5", "abc", "900150983cd24fb0d6963f7d28e17f72")]
    [InlineData("sha1", "abc", "a9993e364706816aba3e25717850c26c9cd0d89d")]
    [InlineData("sha224", "abc", "23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7")]
    [InlineData("SHA256", "abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")]
    public void HashlibNew_KnownMessage_GivesPublishedDigest(string name, string message, string digest)
        => Assert.Equal($"{digest} {name}\n", ModuleTestHost.Run($"import _hashlib\nh = _hashlib.new('{name}', '{message}')\nprint h.hexdigest(), h.name\n"));

    [Theory]
    [InlineData("password", "salt", 1, 20, "0c60c80f961f0e71f3a9b524af6012062fe037a6")]
    [InlineData("password", "salt", 2, 20, "ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957")]
    [InlineData("password", "salt", 4096, 20, "4b007901b765489abead49d926f721d065a429c1")]
    [InlineData("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25, "3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038")]
    public void Pbkdf2Hmac_Rfc6070Vectors_Match(string password, string salt, int rounds, int length, string key)
        => Assert.Equal(key + "\n", ModuleTestHost.Run(
            $"import _hashlib, binascii\nprint binascii.hexlify(_hashlib.pbkdf2_hmac('sha1', '{password}', '{salt}', {rounds}, {length}))\n"));

    [Fact]
    public void OpensslConstructors_AgreeWithBuiltinModules()
        => Assert.Equal("True True <md5 HASH object\n", ModuleTestHost.Run(
            "import _hashlib, _md5, _sha, _sha256, _sha512\n" +
            "data = ''.join(chr(i) for i in range(256)) * 3\n" +
            "builtin = [_md5.new(data), _sha.new(data), _sha256.sha224(data), _sha256.sha256(data), _sha512.sha384(data), _sha512.sha512(data)]\n" +
            "names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']\n" +
            "print all(getattr(_hashlib, 'openssl_' + n)(data).digest() == b.digest() for n, b in zip(names, builtin)),\n" +
            "print all(_hashlib.new(n, data).block_size == b.block_size for n, b in zip(names, builtin)),\n" +
            "print ' '.join(repr(_hashlib.openssl_md5()).split()[:3])\n"));

    [Theory]
    [InlineData("_hashlib.new('nope')", "ValueError: unsupported hash type")]
    [InlineData("_hashlib.pbkdf2_hmac('sha1', 'p', 's', 0)", "ValueError: iteration value must be greater than 0.")]
    [InlineData("_hashlib.pbkdf2_hmac('sha1', 'p', 's', 1, 0)", "ValueError: key length must be greater than 0.")]
    [InlineData("_hashlib.openssl_sha1(5)", "TypeError: openssl_sha1() argument 1 must be string or buffer, not int")]
    public void Hashlib_BadArguments_RaiseAsOpensslBuilds(string call, string expected)
        => Assert.Equal(expected + "\n", ModuleTestHost.Run(
            $"import _hashlib\ntry:\n    {call}\nexcept Exception, e:\n    print '%s: %s' % (type(e).__name__, e)\n"));
}
