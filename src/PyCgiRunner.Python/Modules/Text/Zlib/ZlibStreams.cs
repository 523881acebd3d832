using System.IO.Compression;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Zlib;

/// <summary>
/// The container a wbits value selects (zlib manual, deflateInit2/inflateInit2): 9..15 zlib, -9..-15 raw
/// deflate, 25..31 gzip, 41..47 (inflate only) zlib or gzip by header. Compression runs on .NET's zlib.
/// </summary>
internal static class ZlibStreams
{
    public enum Container { Zlib, Raw, Gzip, Auto }

    public static Container FromWbits(long wbits, bool inflate)
    {
        if (wbits is >= 8 and <= 15 || (inflate && wbits == 0)) return Container.Zlib;
        if (wbits is >= -15 and <= -8) return Container.Raw;
        if (wbits is >= 24 and <= 31) return Container.Gzip;
        if (inflate && wbits is >= 40 and <= 47) return Container.Auto;
        throw PyErr.ValueError("Invalid initialization option");
    }

    public static Stream Compressor(Stream output, Container c, int level, int strategy)
    {
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = level < 0 ? 6 : Math.Min(level, 9),
            CompressionStrategy = strategy switch
            {
                1 => ZLibCompressionStrategy.Filtered,
                2 => ZLibCompressionStrategy.HuffmanOnly,
                3 => ZLibCompressionStrategy.RunLengthEncoding,
                4 => ZLibCompressionStrategy.Fixed,
                _ => ZLibCompressionStrategy.Default,
            },
        };
        return c switch
        {
            Container.Raw => new DeflateStream(output, options, leaveOpen: true),
            Container.Gzip => new GZipStream(output, options, leaveOpen: true),
            _ => new ZLibStream(output, options, leaveOpen: true),
        };
    }

    public static byte[] Compress(byte[] data, Container c, int level, int strategy = 0)
    {
        if (data.Length == 0) return EmptyStream(c, level);
        var ms = new MemoryStream();
        using (var z = Compressor(ms, c, level, strategy)) z.Write(data);
        return ms.ToArray();
    }

    /// <summary>
    /// A stream holding no data, as zlib writes it (.NET writes nothing at all when given no bytes): the
    /// header (its FLEVEL bits follow the level, RFC 1950 §2.2), one empty fixed block, the empty checksum.
    /// </summary>
    public static byte[] EmptyStream(Container c, int level)
    {
        byte[] block = level == 0 ? [0x01, 0x00, 0x00, 0xff, 0xff] : [0x03, 0x00];
        if (c == Container.Raw) return block;
        if (c == Container.Gzip) return [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, .. block, 0, 0, 0, 0, 0, 0, 0, 0];
        byte flg = level switch { 0 or 1 => 0x01, >= 2 and <= 5 => 0x5e, >= 7 => 0xda, _ => 0x9c };
        return [0x78, flg, .. block, 0, 0, 0, 1];
    }

    /// <summary>Inflates as much as the data allows (a truncated stream yields what it holds).</summary>
    public static byte[] Decompress(byte[] data, Container c, bool complete)
    {
        if (c == Container.Auto) c = data.Length >= 2 && data[0] == 0x1f && data[1] == 0x8b ? Container.Gzip : Container.Zlib;
        if (c == Container.Zlib && data.Length >= 2 && ((data[0] & 0x0f) != 8 || ((data[0] << 8) | data[1]) % 31 != 0))
            throw Error("Error -3 while decompressing data: incorrect header check");
        if (c == Container.Gzip && data.Length >= 2 && (data[0] != 0x1f || data[1] != 0x8b))
            throw Error("Error -3 while decompressing data: incorrect header check");
        if (complete && data.Length < (c == Container.Raw ? 1 : c == Container.Zlib ? 6 : 18))
            throw Error("Error -5 while decompressing data: incomplete or truncated stream");
        var input = new MemoryStream(data);
        Stream z = c switch
        {
            Container.Raw => new DeflateStream(input, CompressionMode.Decompress),
            Container.Gzip => new GZipStream(input, CompressionMode.Decompress),
            _ => new ZLibStream(input, CompressionMode.Decompress),
        };
        var output = new MemoryStream();
        try
        {
            using (z) z.CopyTo(output);
        }
        catch (InvalidDataException)
        {
            if (complete) throw Error("Error -3 while decompressing data: invalid block type");
        }
        return output.ToArray();
    }

    public static PythonException Error(string message) => PyErr.New(ZlibModule.Error, message);
}
