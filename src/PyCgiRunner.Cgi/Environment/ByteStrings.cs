using System.Text;

namespace PyCgiRunner.Cgi.Environment;

/// <summary>
/// Python 2's <c>os.environ</c> holds byte strings; the engine represents one as a .NET string whose chars are
/// the bytes (Latin-1). Text that came from .NET as Unicode (a decoded URL path) is turned back into its UTF-8
/// bytes, as Apache would have passed them.
/// </summary>
public static class ByteStrings
{
    public static string FromText(string text)
    {
        foreach (var c in text)
        {
            if (c > 0x7F)
                return Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));
        }
        return text;
    }

    /// <summary>Header values arrive Latin-1 decoded when Kestrel is set up by AddPythonCgi; anything wider is re-encoded.</summary>
    public static string FromHeader(string value)
    {
        foreach (var c in value)
        {
            if (c > 0xFF)
                return Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(value));
        }
        return value;
    }
}
