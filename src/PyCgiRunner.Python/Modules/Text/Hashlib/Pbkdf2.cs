namespace PyCgiRunner.Python.Modules.Text.Hashlib;

/// <summary>PBKDF2 with HMAC (RFC 8018 §5.2, RFC 2104) over any of hashlib's digests.</summary>
internal static class Pbkdf2
{
    public static byte[] Derive(DigestKind kind, byte[] password, byte[] salt, long iterations, int length)
    {
        var key = password.Length > kind.BlockSize ? kind.Of(password) : password;
        var inner = Pad(key, kind.BlockSize, 0x36);
        var outer = Pad(key, kind.BlockSize, 0x5c);
        byte[] Hmac(byte[] message) => kind.Of([.. outer, .. kind.Of([.. inner, .. message])]);

        var result = new byte[length];
        for (int block = 1, done = 0; done < length; block++)
        {
            var u = Hmac([.. salt, (byte)(block >> 24), (byte)(block >> 16), (byte)(block >> 8), (byte)block]);
            var t = (byte[])u.Clone();
            for (long i = 1; i < iterations; i++)
            {
                u = Hmac(u);
                for (var j = 0; j < t.Length; j++) t[j] ^= u[j];
            }
            var take = Math.Min(t.Length, length - done);
            Array.Copy(t, 0, result, done, take);
            done += take;
        }
        return result;
    }

    private static byte[] Pad(byte[] key, int blockSize, byte with)
    {
        var pad = new byte[blockSize];
        for (var i = 0; i < blockSize; i++) pad[i] = (byte)((i < key.Length ? key[i] : 0) ^ with);
        return pad;
    }
}
