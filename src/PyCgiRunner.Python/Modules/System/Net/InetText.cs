using System.Text;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// Text forms of IP addresses as the C library reads and writes them: inet_aton's lenient "a.b.c.d" family
/// (each part decimal, 0-octal or 0x-hex; fewer parts fill the last ones), inet_pton's strict dotted quad and
/// RFC 4291 IPv6 text, and inet_ntop's IPv6 output (longest run of zero groups as "::", IPv4 tails for mapped and
/// compatible addresses), which is what socket.inet_* return in CPython on Linux.
/// </summary>
internal static class InetText
{
    /// <summary>inet_aton(3): null when the text is not an address. After the last part any whitespace ends it.</summary>
    public static byte[]? ParseLenient(string s)
    {
        var parts = new List<ulong>();
        var i = 0;
        while (true)
        {
            if (i >= s.Length || !char.IsAsciiDigit(s[i])) return null;
            ulong value = 0;
            int radix = 10;
            if (s[i] == '0')
            {
                radix = 8;
                i++;
                if (i < s.Length && (s[i] == 'x' || s[i] == 'X')) { radix = 16; i++; }
            }
            while (i < s.Length && DigitValue(s[i], radix) is var d && d >= 0)
            {
                value = value * (ulong)radix + (ulong)d;
                if (value > 0xFFFFFFFF) return null;
                i++;
            }
            parts.Add(value);
            if (i < s.Length && s[i] == '.')
            {
                if (parts.Count == 4) return null;
                i++;
                continue;
            }
            if (i < s.Length && !char.IsWhiteSpace(s[i])) return null;
            break;
        }
        // The last part fills the bytes the earlier ones left (a.b: 24 bits, a.b.c: 16 bits).
        var lastBits = 8 * (5 - parts.Count);
        for (var p = 0; p < parts.Count - 1; p++) if (parts[p] > 0xFF) return null;
        if (lastBits < 32 && parts[^1] >= 1UL << lastBits) return null;
        ulong address = parts[^1];
        for (var p = 0; p < parts.Count - 1; p++) address |= parts[p] << (24 - 8 * p);
        return [(byte)(address >> 24), (byte)(address >> 16), (byte)(address >> 8), (byte)address];
    }

    private static int DigitValue(char c, int radix)
    {
        var d = c switch
        {
            >= '0' and <= '9' => c - '0',
            >= 'a' and <= 'f' => c - 'a' + 10,
            >= 'A' and <= 'F' => c - 'A' + 10,
            _ => 99,
        };
        return d < radix ? d : -1;
    }

    /// <summary>inet_pton(AF_INET): exactly four decimal parts of at most 255, no leading zeros, nothing else.</summary>
    public static byte[]? ParseIPv4(string s)
    {
        var parts = s.Split('.');
        if (parts.Length != 4) return null;
        var result = new byte[4];
        for (var p = 0; p < 4; p++)
        {
            var part = parts[p];
            if (part.Length is 0 or > 3 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit)) return null;
            var v = int.Parse(part, System.Globalization.CultureInfo.InvariantCulture);
            if (v > 255) return null;
            result[p] = (byte)v;
        }
        return result;
    }

    /// <summary>inet_pton(AF_INET6): hex groups, one "::", an optional dotted-quad tail.</summary>
    public static byte[]? ParseIPv6(string s)
    {
        var result = new byte[16];
        var at = 0;
        var gap = -1;
        var i = 0;
        if (s.StartsWith("::", StringComparison.Ordinal)) { gap = 0; i = 2; }
        else if (s.StartsWith(':')) return null;
        while (i < s.Length)
        {
            var start = i;
            var value = 0;
            while (i < s.Length && DigitValue(s[i], 16) is var d && d >= 0 && i - start < 5) { value = value * 16 + d; i++; }
            if (i < s.Length && s[i] == '.')
            {
                // A dotted quad takes the last four bytes.
                var quad = ParseIPv4(s[start..]);
                if (quad is null || at + 4 > 16) return null;
                quad.CopyTo(result, at);
                at += 4;
                i = s.Length;
                break;
            }
            if (i == start || i - start > 4 || at + 2 > 16) return null;
            result[at++] = (byte)(value >> 8);
            result[at++] = (byte)value;
            if (i == s.Length) break;
            if (s[i] != ':') return null;
            i++;
            if (i < s.Length && s[i] == ':')
            {
                if (gap >= 0) return null;
                gap = at;
                i++;
            }
            else if (i == s.Length) return null;
        }
        if (gap < 0) return at == 16 ? result : null;
        if (at == 16) return null;
        // Move what followed "::" to the end; the gap is zeros.
        var tail = at - gap;
        Array.Copy(result, gap, result, 16 - tail, tail);
        Array.Clear(result, gap, 16 - tail - gap);
        return result;
    }

    public static string FormatIPv4(ReadOnlySpan<byte> b) => $"{b[0]}.{b[1]}.{b[2]}.{b[3]}";

    /// <summary>inet_ntop(AF_INET6) as glibc writes it.</summary>
    public static string FormatIPv6(ReadOnlySpan<byte> b)
    {
        Span<int> words = stackalloc int[8];
        for (var w = 0; w < 8; w++) words[w] = (b[2 * w] << 8) | b[2 * w + 1];
        int bestBase = -1, bestLen = 0;
        for (var w = 0; w < 8;)
        {
            if (words[w] != 0) { w++; continue; }
            var run = w;
            while (w < 8 && words[w] == 0) w++;
            if (w - run > bestLen) { bestBase = run; bestLen = w - run; }
        }
        if (bestLen < 2) bestBase = -1;
        var sb = new StringBuilder();
        for (var w = 0; w < 8; w++)
        {
            if (bestBase >= 0 && w >= bestBase && w < bestBase + bestLen)
            {
                if (w == bestBase) sb.Append(':');
                continue;
            }
            if (w != 0) sb.Append(':');
            // An IPv4-compatible (::a.b.c.d) or IPv4-mapped (::ffff:a.b.c.d) address ends in a dotted quad.
            if (w == 6 && bestBase == 0 && (bestLen == 6 || (bestLen == 7 && words[7] != 1) || (bestLen == 5 && words[5] == 0xFFFF)))
            {
                sb.Append(FormatIPv4(b[12..]));
                return sb.ToString();
            }
            sb.Append(words[w].ToString("x", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (bestBase >= 0 && bestBase + bestLen == 8) sb.Append(':');
        return sb.ToString();
    }
}
