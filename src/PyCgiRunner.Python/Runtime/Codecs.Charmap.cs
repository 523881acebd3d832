using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>Single-byte "charmap" codecs: cp1252, iso-8859-15 and rot13 (a charmap over ASCII letters in 2.7).</summary>
public static partial class Codecs
{
    // cp1252 0x80–0x9F; '\uFFFD' marks the five undefined bytes.
    private const string Cp1252High =
        "\u20ac\ufffd\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffd\u017d\ufffd" +
        "\ufffd\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffd\u017e\u0178";

    // iso-8859-15 differs from latin-1 in eight positions.
    private static readonly Dictionary<int, char> s_latin9 = new()
    {
        [0xA4] = '\u20ac', [0xA6] = '\u0160', [0xA8] = '\u0161', [0xB4] = '\u017d',
        [0xB8] = '\u017e', [0xBC] = '\u0152', [0xBD] = '\u0153', [0xBE] = '\u0178',
    };

    /// <summary>The character a byte maps to, or '\uFFFF' when the byte is undefined.</summary>
    private static char CharmapDecode(string name, char b)
    {
        switch (name)
        {
            case "cp1252":
                if (b is >= '\x80' and <= '\x9f') return Cp1252High[b - 0x80] is var c && c != '\ufffd' ? c : '\uffff';
                return b;
            case "iso-8859-15":
                return s_latin9.TryGetValue(b, out var l9) ? l9 : b;
            default:
                return Rot13(b);
        }
    }

    private static char Rot13(char c) => c switch
    {
        >= 'a' and <= 'z' => (char)('a' + (c - 'a' + 13) % 26),
        >= 'A' and <= 'Z' => (char)('A' + (c - 'A' + 13) % 26),
        _ => c,
    };

    private static string DecodeCharmap(string bytes, string name, string errors)
    {
        var sb = new StringBuilder(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
        {
            var c = CharmapDecode(name, bytes[i]);
            if (c != '\uffff') { sb.Append(c); continue; }
            switch (errors)
            {
                case "ignore": break;
                case "replace": sb.Append('\ufffd'); break;
                default: throw DecodeFailure(errors, DecodeError("charmap", bytes, i, i + 1, "character maps to <undefined>"));
            }
        }
        return sb.ToString();
    }

    private static string EncodeCharmap(string text, string name, string errors)
    {
        Dictionary<char, char>? reverse = null;
        if (name != "rot13")
        {
            reverse = new Dictionary<char, char>();
            for (var b = 0; b < 256; b++)
            {
                var c = CharmapDecode(name, (char)b);
                if (c != '\uffff') reverse[c] = (char)b;
            }
        }
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (reverse is null)
            {
                if (c < 256) { sb.Append(Rot13(c)); continue; }
            }
            else if (reverse.TryGetValue(c, out var b)) { sb.Append(b); continue; }
            if (errors == "strict" || !AppendEncodeReplacement(sb, text, ref i, errors))
                throw EncodeFailure(errors, EncodeError("charmap", text, i, i + 1, "character maps to <undefined>"));
        }
        return sb.ToString();
    }
}
