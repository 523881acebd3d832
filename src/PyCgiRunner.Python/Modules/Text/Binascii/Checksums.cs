namespace PyCgiRunner.Python.Modules.Text.Binascii;

/// <summary>CRC-32 (ISO 3309, as zlib), Adler-32 (RFC 1950) and CRC-CCITT (binhex's crc_hqx), over str bytes.</summary>
internal static class Checksums
{
    private static readonly uint[] s_crcTable = BuildCrcTable();

    private static uint[] BuildCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            table[n] = c;
        }
        return table;
    }

    public static uint Crc32(string data, uint crc)
    {
        crc = ~crc;
        foreach (var ch in data) crc = s_crcTable[(crc ^ (byte)ch) & 0xff] ^ (crc >> 8);
        return ~crc;
    }

    public static uint Adler32(string data, uint adler)
    {
        uint a = adler & 0xffff, b = adler >> 16;
        foreach (var ch in data)
        {
            a = (a + (byte)ch) % 65521;
            b = (b + a) % 65521;
        }
        return (b << 16) | a;
    }

    public static int CrcHqx(string data, int crc)
    {
        var c = crc & 0xffff;
        foreach (var ch in data)
        {
            c ^= (byte)ch << 8;
            for (var k = 0; k < 8; k++) c = (c & 0x8000) != 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
        }
        return c;
    }
}
