using System.IO.Compression;
using System.Text;
using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>zlib output is standard zlib/deflate/gzip data, readable by other implementations and back.</summary>
public class ZlibModuleTests
{
    [Fact]
    public void ZlibCompress_Output_IsReadableByDotNetZLibStream()
    {
        var output = ModuleTestHost.Run("import zlib, binascii\nprint binascii.hexlify(zlib.compress('data ' * 50, 9))\n").Trim();
        using var z = new ZLibStream(new MemoryStream(Convert.FromHexString(output)), CompressionMode.Decompress);
        using var reader = new StreamReader(z, Encoding.Latin1);
        Assert.Equal(string.Concat(Enumerable.Repeat("data ", 50)), reader.ReadToEnd());
    }

    [Fact]
    public void ZlibDecompress_CPythonOutput_RoundTrips()
    {
        // zlib.compress('hello hello hello') as written by CPython 2.7.18 (system zlib 1.2.11).
        var output = ModuleTestHost.Run("import zlib, binascii\nprint zlib.decompress(binascii.unhexlify('789ccb48cdc9c957c84090003a2e067d'))\n");
        Assert.Equal("hello hello hello\n", output);
    }

    [Fact]
    public void ZlibCompress_EmptyInput_MatchesCPythonBytes()
        => Assert.Equal("'x\\x9c\\x03\\x00\\x00\\x00\\x00\\x01' '\\x03\\x00'\n",
            ModuleTestHost.Run("import zlib\nc = zlib.compressobj(6, 8, -15)\nprint repr(zlib.compress('')), repr(c.flush())\n"));

    [Fact]
    public void ZlibChecksums_AreSignedAsIn27()
        => Assert.Equal("907060870 103547413 -1220184866\n",
            ModuleTestHost.Run("import zlib\nprint zlib.crc32('hello'), zlib.adler32('hello'), zlib.crc32('The quick brown fox')\n"));

    [Fact]
    public void ZlibStreams_RawAndGzip_RoundTrip()
    {
        var output = ModuleTestHost.Run("""
            import zlib
            data = 'stream ' * 300
            co = zlib.compressobj(9, zlib.DEFLATED, -15)
            raw = co.compress(data) + co.flush()
            co = zlib.compressobj(6, zlib.DEFLATED, 31)
            gz = co.compress(data) + co.flush()
            d = zlib.decompressobj()
            c = zlib.compress(data)
            print zlib.decompress(raw, -15) == data, zlib.decompress(gz, 47) == data, d.decompress(c[:20]) + d.decompress(c[20:]) == data
            """);
        Assert.Equal("True True True\n", output);
    }
}
