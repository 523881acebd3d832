using System.Text;

namespace PyCgiRunner.Python.Modules.Text.Binascii;

/// <summary>Quoted-printable (RFC 1521 §5.1) as binascii.b2a_qp / a2b_qp do it, lines at most 76 characters.</summary>
internal static class QuotedPrintable
{
    private const int MaxLine = 76;

    /// <summary>
    /// binascii_b2a_qp: line ends are written as the data's first one is (CRLF or LF); bytes above 126, '=',
    /// control characters (tabs and spaces too with quotetabs), a lone '.' starting a line and whitespace at the
    /// very end are quoted; whitespace before a line end is quoted when the line end is reached; soft breaks
    /// keep lines under 76 characters.
    /// </summary>
    public static string Encode(string data, bool quoteTabs, bool isText, bool header)
    {
        var firstNewline = data.IndexOf('\n');
        var lineEnd = firstNewline > 0 && data[firstNewline - 1] == '\r' ? "\r\n" : "\n";
        var sb = new StringBuilder(data.Length * 2);
        var lineLen = 0;
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            var last = i + 1 == data.Length;
            var next = last ? '\0' : data[i + 1];
            var quote = c > 126 || c == '=' || (header && c == '_')
                || (c == '.' && lineLen == 0 && (last || next is '\n' or '\r' or '\0'))
                || (!isText && c is '\r' or '\n')
                || (c is '\t' or ' ' && last)
                || (c < 33 && c is not ('\r' or '\n') && (quoteTabs || c is not ('\t' or ' ')));
            if (quote)
            {
                if (lineLen + 3 >= MaxLine) { sb.Append('=').Append(lineEnd); lineLen = 0; }
                sb.Append('=').Append(((int)c).ToString("X2"));
                lineLen += 3;
                i++;
            }
            else if (isText && (c == '\n' || (c == '\r' && next == '\n')))
            {
                lineLen = 0;
                if (sb.Length > 0 && sb[^1] is ' ' or '\t')
                {
                    var ws = sb[^1];
                    sb[^1] = '=';
                    sb.Append(((int)ws).ToString("X2"));
                }
                sb.Append(lineEnd);
                i += c == '\r' ? 2 : 1;
            }
            else
            {
                if (!last && next != '\n' && lineLen + 1 >= MaxLine) { sb.Append('=').Append(lineEnd); lineLen = 0; }
                lineLen++;
                sb.Append(header && c == ' ' ? '_' : c);
                i++;
            }
        }
        return sb.ToString();
    }

    /// <summary>
    /// binascii_a2b_qp: '=' before a line end is a soft break (after '=\r' everything up to the next '\n' goes),
    /// "==" is one '=', '=' and two hex digits a byte, any other '=' stays; '_' is a space in headers.
    /// </summary>
    public static string Decode(string data, bool header)
    {
        var sb = new StringBuilder(data.Length);
        var i = 0;
        while (i < data.Length)
        {
            var c = data[i];
            if (c != '=')
            {
                sb.Append(header && c == '_' ? ' ' : c);
                i++;
                continue;
            }
            if (++i >= data.Length) break;
            if (data[i] is '\n' or '\r')
            {
                while (i < data.Length && data[i] != '\n') i++;
                if (i < data.Length) i++;
            }
            else if (data[i] == '=') { sb.Append('='); i++; }
            else if (i + 1 < data.Length && Uri.IsHexDigit(data[i]) && Uri.IsHexDigit(data[i + 1]))
            {
                sb.Append((char)Convert.ToInt32(data.Substring(i, 2), 16));
                i += 2;
            }
            else sb.Append('=');
        }
        return sb.ToString();
    }
}
