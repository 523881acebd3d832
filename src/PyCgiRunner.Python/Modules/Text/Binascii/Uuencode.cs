using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Binascii;

/// <summary>
/// uuencode lines as binascii.b2a_uu and a2b_uu make them (CPython 2.7's Modules/binascii.c): a length
/// character, then each 6 bits as ' ' + value (zero is a space; a '`' is accepted for it when decoding).
/// </summary>
internal static class Uuencode
{
    public static string Encode(string data)
    {
        if (data.Length > 45) throw PyErr.New(BinasciiModule.Error, "At most 45 bytes at once");
        var sb = new StringBuilder(2 + (data.Length + 2) / 3 * 4);
        sb.Append((char)(' ' + (data.Length & 0x3f)));
        int bits = 0, acc = 0;
        for (var i = 0; i < data.Length || bits != 0; i++)
        {
            acc = (acc << 8) | (i < data.Length ? data[i] : 0);
            bits += 8;
            while (bits >= 6)
            {
                bits -= 6;
                sb.Append((char)(' ' + ((acc >> bits) & 0x3f)));
            }
            acc &= (1 << bits) - 1;
        }
        return sb.Append('\n').ToString();
    }

    /// <summary>
    /// The length character says how many bytes to produce; missing characters (end of line or of data) count
    /// as zero bits; whatever follows the data must be spaces, '`' or line ends.
    /// </summary>
    public static string Decode(string line)
    {
        // An empty argument reads its terminating NUL as the length character, as the C code does.
        var length = ((line.Length > 0 ? line[0] : 0) - ' ') & 0x3f;
        var sb = new StringBuilder(length);
        int pos = 1, bits = 0, acc = 0;
        for (; sb.Length < length; pos++)
        {
            var c = pos < line.Length ? line[pos] : '\0';
            int value;
            if (c is '\n' or '\r' || pos >= line.Length) value = 0;
            else if (c < ' ' || c > ' ' + 64) throw PyErr.New(BinasciiModule.Error, "Illegal char");
            else value = (c - ' ') & 0x3f;
            acc = (acc << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                sb.Append((char)((acc >> bits) & 0xff));
                acc &= (1 << bits) - 1;
            }
        }
        for (; pos < line.Length; pos++)
            if (line[pos] is not (' ' or '`' or '\n' or '\r')) throw PyErr.New(BinasciiModule.Error, "Trailing garbage");
        return sb.ToString();
    }
}
