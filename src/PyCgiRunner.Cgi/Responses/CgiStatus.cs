using Microsoft.AspNetCore.WebUtilities;

namespace PyCgiRunner.Cgi.Responses;

/// <summary>The <c>Status:</c> header as Apache reads it (conformance/gateway 021–031).</summary>
public static class CgiStatus
{
    /// <summary>
    /// The code is the leading integer (C's atoi). The value is kept as the status line when it is exactly three
    /// digits equal to the code, alone or followed by a space; three digits alone get the standard phrase (022).
    /// A code outside 200–999 (<c>abc</c> gives 0) becomes 500 Internal Server Error (027); 999 is sent as
    /// written (026). Informational codes are refused too: a CGI response is always final.
    /// </summary>
    public static (int Code, string Reason, bool Valid) Parse(string? value)
    {
        if (value is null)
            return (200, "OK", true);
        var code = Atoi(value);
        if (code is < 200 or > 999)
            return (500, StandardPhrase(500), false);
        var digits = value.Length >= 3 && char.IsAsciiDigit(value[0]) && char.IsAsciiDigit(value[1]) && char.IsAsciiDigit(value[2]);
        if (digits && value.Length > 3 && value[3] == ' ')
            return (code, value[4..], code <= 599);
        return (code, StandardPhrase(code), code <= 599);
    }

    public static string StandardPhrase(int code) => ReasonPhrases.GetReasonPhrase(code);

    private static int Atoi(string value)
    {
        var i = 0;
        while (i < value.Length && value[i] is ' ' or '\t')
            i++;
        var negative = false;
        if (i < value.Length && value[i] is '+' or '-')
            negative = value[i++] == '-';
        long result = 0;
        while (i < value.Length && char.IsAsciiDigit(value[i]) && result < 100_000)
            result = result * 10 + (value[i++] - '0');
        return (int)(negative ? -result : result);
    }
}
