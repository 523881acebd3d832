namespace PyCgiRunner.Cgi.Responses;

/// <summary>The checks Apache's default <c>HttpProtocolOptions Strict</c> makes on response headers.</summary>
public static class HttpTokens
{
    /// <summary>RFC 9110 §5.6.2: token = 1*tchar.</summary>
    public static bool IsToken(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
            return false;
        foreach (var c in name)
        {
            if (!IsTokenChar(c))
                return false;
        }
        return true;
    }

    public static bool IsTokenChar(char c) =>
        c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
          or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>
    /// RFC 9110 §5.5 field-content: visible chars, SP, HTAB and obs-text (0x80–0xFF) pass; other controls and
    /// DEL fail (Apache AH02430, conformance/gateway 019 vs 020).
    /// </summary>
    public static bool IsValidFieldValue(ReadOnlySpan<char> value)
    {
        foreach (var c in value)
        {
            if ((c < 0x20 && c != '\t') || c == 0x7F || c > 0xFF)
                return false;
        }
        return true;
    }
}
