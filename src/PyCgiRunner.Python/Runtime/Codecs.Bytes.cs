using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// str ⇄ str codecs (library reference §7.8.4 "Python Specific Encodings"): hex, base64 and string_escape.
/// str.encode/decode with these answer str; unicode input is first encoded with the default (ASCII) codec.
/// </summary>
public static partial class Codecs
{
    public static bool IsBytesCodec(string encoding) => NormalizeName(encoding) is "hex" or "base64" or "string-escape";

    public static string EncodeBytes(string bytes, string encoding, string errors) => NormalizeName(encoding) switch
    {
        "hex" => HexEncode(bytes),
        "base64" => Base64Encode(bytes),
        _ => EncodeStringEscape(bytes),
    };

    public static string DecodeBytes(string bytes, string encoding, string errors) => NormalizeName(encoding) switch
    {
        "hex" => HexDecode(bytes),
        "base64" => Base64Decode(bytes),
        _ => DecodeStringEscape(bytes, errors),
    };

    private static string HexEncode(string bytes)
    {
        var sb = new StringBuilder(bytes.Length * 2);
        foreach (var c in bytes) sb.Append(((int)c).ToString("x2"));
        return sb.ToString();
    }

    private static string HexDecode(string hex)
    {
        if (hex.Length % 2 != 0) throw PyErr.TypeError("Odd-length string");
        var sb = new StringBuilder(hex.Length / 2);
        for (var i = 0; i < hex.Length; i += 2)
        {
            if (!char.IsAsciiHexDigit(hex[i]) || !char.IsAsciiHexDigit(hex[i + 1])) throw PyErr.TypeError("Non-hexadecimal digit found");
            sb.Append((char)Convert.ToInt32(hex.Substring(i, 2), 16));
        }
        return sb.ToString();
    }

    private const string Base64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    /// <summary>base64.encodestring: lines of 76 characters, each ending with a newline.</summary>
    private static string Base64Encode(string bytes)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < bytes.Length; i += 57)
        {
            var chunk = Encoding.Latin1.GetBytes(bytes.Substring(i, Math.Min(57, bytes.Length - i)));
            sb.Append(Convert.ToBase64String(chunk)).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>
    /// binascii.a2b_base64 as Python 2.7 has it: characters outside the alphabet are skipped; "==" (or "=" in the
    /// last position of a quad) ends the data; leftover bits mean "Incorrect padding".
    /// </summary>
    private static string Base64Decode(string text)
    {
        var sb = new StringBuilder(text.Length * 3 / 4);
        int quadPos = 0, leftBits = 0, leftChar = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '=')
            {
                if (quadPos < 2 || (quadPos == 2 && NextValid(text, i + 1) != '=')) continue;
                leftBits = 0;
                break;
            }
            var v = c < 128 ? Base64Alphabet.IndexOf(c) : -1;
            if (v < 0) continue;
            quadPos = (quadPos + 1) & 3;
            leftChar = (leftChar << 6) | v;
            leftBits += 6;
            if (leftBits >= 8)
            {
                leftBits -= 8;
                sb.Append((char)((leftChar >> leftBits) & 0xFF));
                leftChar &= (1 << leftBits) - 1;
            }
        }
        if (leftBits != 0) throw PyErr.New(BinasciiError(), "Incorrect padding");
        return sb.ToString();

        static char NextValid(string s, int from)
        {
            for (var k = from; k < s.Length; k++)
                if (s[k] == '=' || (s[k] < 128 && Base64Alphabet.Contains(s[k]))) return s[k];
            return '\0';
        }
    }

    /// <summary>binascii.Error when the binascii module is loaded; otherwise a ValueError stands in for it.</summary>
    private static PyType BinasciiError()
    {
        var modules = PyContext.CurrentOrNull?.Modules;
        if (modules?.GetStrOrNull("binascii") is { } m && m.TryGetAttr("Error", out var e) && e is PyType t) return t;
        return BuiltinTypes.ValueError;
    }
}
