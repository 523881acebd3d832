using System.Text;

namespace PyCgiRunner.Python.Runtime;

/// <summary>repr() of str and unicode as CPython 2.7 writes them.</summary>
public static class StringRepr
{
    public static string StrRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        foreach (var c in s)
        {
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c >= 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else sb.Append(c);
        }
        return sb.Append(quote).ToString();
    }

    public static string UnicodeRepr(string s)
    {
        var quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 3);
        sb.Append('u').Append(quote);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == quote || c == '\\') sb.Append('\\').Append(c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 0x20 || c == 0x7f) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else if (c < 0x7f) sb.Append(c);
            else if (c < 0x100) sb.Append("\\x").Append(((int)c).ToString("x2"));
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                // The narrow build joins a surrogate pair into one \U escape.
                sb.Append("\\U").Append(char.ConvertToUtf32(c, s[i + 1]).ToString("x8"));
                i++;
            }
            else sb.Append("\\u").Append(((int)c).ToString("x4"));
        }
        return sb.Append(quote).ToString();
    }
}
