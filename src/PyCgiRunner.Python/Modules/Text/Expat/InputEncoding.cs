namespace PyCgiRunner.Python.Modules.Text.Expat;

/// <summary>
/// How input bytes become characters: expat's built-in encodings (UTF-8, UTF-16 either way, ISO-8859-1,
/// US-ASCII) or an 8-bit table built from a Python codec (pyexpat's unknown-encoding handler).
/// </summary>
internal sealed class InputEncoding
{
    public enum Kind { Utf8, Utf16Le, Utf16Be, Latin1, Ascii, Table }

    public static readonly InputEncoding Utf8 = new(Kind.Utf8, null);
    public static readonly InputEncoding Utf16Le = new(Kind.Utf16Le, null);
    public static readonly InputEncoding Utf16Be = new(Kind.Utf16Be, null);
    public static readonly InputEncoding Latin1 = new(Kind.Latin1, null);
    public static readonly InputEncoding Ascii = new(Kind.Ascii, null);

    public Kind Type { get; }
    /// <summary>For Table: the character of each byte, -1 where the codec has none.</summary>
    public int[]? Map { get; }

    public InputEncoding(Kind kind, int[]? map)
    {
        Type = kind;
        Map = map;
    }

    public int MinBytesPerChar => Type is Kind.Utf16Le or Kind.Utf16Be ? 2 : 1;

    /// <summary>
    /// expat's MUST_CONVERT: everything but UTF-8 and ASCII is converted to UTF-8 in chunks of at most 1024
    /// bytes, so character data arrives in such chunks.
    /// </summary>
    public bool Converts => Type is not (Kind.Utf8 or Kind.Ascii);

    /// <summary>expat's built-in encodings by name (case-insensitive); null for the ones it does not know.</summary>
    public static InputEncoding? Known(string name, bool utf16BigEndianDefault)
    {
        switch (name.ToUpperInvariant())
        {
            case "UTF-8": return Utf8;
            case "ISO-8859-1": return Latin1;
            case "US-ASCII": return Ascii;
            case "UTF-16": return utf16BigEndianDefault ? Utf16Be : Utf16Le;
            case "UTF-16BE": return Utf16Be;
            case "UTF-16LE": return Utf16Le;
            default: return null;
        }
    }
}
