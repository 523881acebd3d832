using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Binascii;

/// <summary>Quoted-printable (RFC 1521 §5.1) as binascii.b2a_qp / a2b_qp do it, lines at most 76 characters.</summary>
internal static class QuotedPrintable
{
    private const int MaxLine = 76;

    public static string Encode(string data, bool quoteTabs, bool isText, bool header)
    {
        var sb = new StringBuilder(data.Length * 2);
        var lineLen = 0;
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            var atLineEnd = i + 1 == data.Length || data[i + 1] == '\n' || (data[i + 1] == '\r' && i + 2 < data.Length && data[i + 2] == '\n');
            if (isText && (c == '\n' || (c == '\r' && i + 1 < data.Length && data[i + 1] == '\n')))
            {
                if (c == '\r') { sb.Append('\r'); i++; }
                sb.Append('\n');
                lineLen = 0;
                continue;
            }
            var quote = c > 126 || c == '=' || (header && c == '_')
                || (c == '.' && lineLen == 0 && atLineEnd)
                || (!isText && (c == '\r' || c == '\n'))
                || ((c == '\t' || c == ' ') && (atLineEnd || quoteTabs))
                || (c < 32 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' ')))
                || (c == '\r' || c == '\n');
            var width = quote ? 3 : 1;
            if (lineLen + width >= MaxLine && !(atLineEnd && lineLen + width == MaxLine))
            {
                sb.Append("=\n");
                lineLen = 0;
            }
            if (quote) sb.Append('=').Append(((int)c).ToString("X2"));
            else sb.Append(header && c == ' ' ? '_' : c);
            lineLen += width;
        }
        return sb.ToString();
    }

    public static string Decode(string data, bool header)
    {
        var sb = new StringBuilder(data.Length);
        for (var i = 0; i < data.Length; i++)
        {
            var c = data[i];
            if (c == '=')
            {
                if (i + 1 >= data.Length) break;
                if (data[i + 1] == '\n') { i++; continue; }
                if (data[i + 1] == '\r' && i + 2 < data.Length && data[i + 2] == '\n') { i += 2; continue; }
                if (i + 2 < data.Length && Uri.IsHexDigit(data[i + 1]) && Uri.IsHexDigit(data[i + 2]))
                {
                    sb.Append((char)Convert.ToInt32(data.Substring(i + 1, 2), 16));
                    i += 2;
                    continue;
                }
                sb.Append('=');
                continue;
            }
            sb.Append(header && c == '_' ? ' ' : c);
        }
        return sb.ToString();
    }
}
