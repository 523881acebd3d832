using System.Text;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Binascii;

/// <summary>
/// BinHex 4.0 pieces of binascii (CPython 2.7's Modules/binascii.c): the 6-bit encoding with its 64-character
/// alphabet (b2a_hqx, a2b_hqx, where ':' ends the data and line ends are skipped) and the run-length coding
/// with 0x90 as marker (rlecode_hqx, rledecode_hqx).
/// </summary>
internal static class BinHex
{
    private const string Alphabet = "!\"#$%&'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr";
    private const char RunChar = '\x90';

    public static string Encode(string data)
    {
        var sb = new StringBuilder((data.Length * 4 + 2) / 3);
        int bits = 0, acc = 0;
        foreach (var c in data)
        {
            acc = (acc << 8) | c;
            bits += 8;
            while (bits >= 6)
            {
                bits -= 6;
                sb.Append(Alphabet[(acc >> bits) & 0x3f]);
            }
            acc &= (1 << bits) - 1;
        }
        if (bits > 0) sb.Append(Alphabet[(acc << (6 - bits)) & 0x3f]);
        return sb.ToString();
    }

    /// <summary>(bytes, done): done is 1 when the terminating ':' was reached.</summary>
    public static (string Data, bool Done) Decode(string text)
    {
        var sb = new StringBuilder(text.Length * 3 / 4);
        int bits = 0, acc = 0;
        var done = false;
        foreach (var c in text)
        {
            if (c is '\n' or '\r') continue;
            if (c == ':') { done = true; break; }
            var value = Alphabet.IndexOf(c);
            if (value < 0) throw PyErr.New(BinasciiModule.Error, "Illegal char");
            acc = (acc << 6) | value;
            bits += 6;
            if (bits >= 8)
            {
                bits -= 8;
                sb.Append((char)((acc >> bits) & 0xff));
                acc &= (1 << bits) - 1;
            }
        }
        if (bits != 0 && !done) throw PyErr.New(BinasciiModule.Incomplete, "String has incomplete number of bytes");
        return (sb.ToString(), done);
    }

    /// <summary>Runs of more than three equal bytes (up to 255) become byte, 0x90, count; 0x90 itself is 0x90, 0.</summary>
    public static string RunLengthEncode(string data)
    {
        var sb = new StringBuilder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == RunChar) { sb.Append(RunChar).Append('\0'); continue; }
            var end = i + 1;
            while (end < data.Length && data[end] == c && end < i + 255) end++;
            if (end - i > 3)
            {
                sb.Append(c).Append(RunChar).Append((char)(end - i));
                i = end - 1;
            }
            else sb.Append(c);
        }
        return sb.ToString();
    }

    public static string RunLengthDecode(string data)
    {
        if (data.Length == 0) return "";
        var sb = new StringBuilder(data.Length);
        var pos = 0;
        char Next() => pos < data.Length ? data[pos++] : throw PyErr.New(BinasciiModule.Incomplete, "");
        var first = Next();
        if (first == RunChar)
        {
            if (Next() != '\0') throw PyErr.New(BinasciiModule.Error, "Orphaned RLE code at start");
        }
        sb.Append(first);
        while (pos < data.Length)
        {
            var c = Next();
            if (c != RunChar) { sb.Append(c); continue; }
            var count = (int)Next();
            if (count == 0) { sb.Append(RunChar); continue; }
            sb.Append(sb[^1], count - 1);
        }
        return sb.ToString();
    }
}
