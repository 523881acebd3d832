using System.Text;

namespace PyCgiRunner.Cgi.ErrorPages;

/// <summary>HTML escaping that yields pure ASCII, so a page is the same bytes in any charset label.</summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                        builder.Append("&#").Append((int)c).Append(';');
                    else
                        builder.Append(c);
                    break;
            }
        }
        return builder.ToString();
    }
}
