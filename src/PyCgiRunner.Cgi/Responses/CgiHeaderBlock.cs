namespace PyCgiRunner.Cgi.Responses;

/// <summary>
/// A script's header lines interpreted the way Apache's mod_cgid does (conformance/gateway README): the special
/// names are recognised in any case, repeated ordinary headers are merged, framing headers are dropped.
/// </summary>
public sealed class CgiHeaderBlock
{
    /// <summary>Ordinary headers in the script's order; a repeated name merged with ", " at its first place (053).</summary>
    public List<KeyValuePair<string, string>> Ordinary { get; } = [];

    /// <summary>Where each ordinary name (any case) sits in <see cref="Ordinary"/>, so merging stays linear.</summary>
    private readonly Dictionary<string, int> _ordinaryIndex = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every Set-Cookie line, each its own header (052).</summary>
    public List<KeyValuePair<string, string>> Cookies { get; } = [];

    /// <summary>The last Status value, as written after the colon (031).</summary>
    public string? Status { get; private set; }

    /// <summary>The last Location, with the name as the script spelled it.</summary>
    public KeyValuePair<string, string>? Location { get; private set; }

    /// <summary>The last Content-Type (054), media type lower-cased (013), trailing whitespace removed (009).</summary>
    public string? ContentType { get; private set; }

    public static CgiHeaderBlock From(IEnumerable<RawHeader> headers)
    {
        var block = new CgiHeaderBlock();
        foreach (var header in headers)
            block.Add(header);
        return block;
    }

    private void Add(RawHeader header)
    {
        var (name, value) = header;
        if (name == "<!--")
        {
            // Deliberate difference from Apache (DESIGN.md, Gateway): cgitb's "<!--: spam" pseudo-header, which
            // Strict Apache rejects with a 500 (065), is dropped so the traceback page reaches the browser.
            return;
        }
        if (Is(name, "Content-Type"))
            ContentType = NormalizeContentType(value);
        else if (Is(name, "Status"))
            Status = value;
        else if (Is(name, "Location"))
            Location = KeyValuePair.Create(name, value);
        else if (Is(name, "Content-Length") || Is(name, "Transfer-Encoding"))
        {
            // Apache ≥ 2.4.59 (CVE-2024-24795) never passes the script's framing on: the body is measured or
            // chunked by the server (056–060).
        }
        else if (Is(name, "Set-Cookie"))
            Cookies.Add(KeyValuePair.Create(name, value));
        else
            Merge(name, value);
    }

    private void Merge(string name, string value)
    {
        if (!_ordinaryIndex.TryGetValue(name, out var index))
        {
            _ordinaryIndex[name] = Ordinary.Count;
            Ordinary.Add(KeyValuePair.Create(name, value));
        }
        else
            Ordinary[index] = KeyValuePair.Create(Ordinary[index].Key, Ordinary[index].Value + ", " + value);
    }

    /// <summary>Apache lower-cases the media type but not its parameters, and trims trailing whitespace.</summary>
    public static string NormalizeContentType(string value)
    {
        var trimmed = value.TrimEnd(' ', '\t', '\v', '\f', '\n', '\r');
        var semicolon = trimmed.IndexOf(';');
        return semicolon < 0
            ? AsciiLower(trimmed)
            : AsciiLower(trimmed[..semicolon]) + trimmed[semicolon..];
    }

    /// <summary>C's tolower in the C locale: only A–Z change, bytes 0x80–0xFF stay.</summary>
    private static string AsciiLower(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= 'A' and <= 'Z' ? (char)(source[i] + 32) : source[i];
        });

    private static bool Is(string name, string wanted) => string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);
}
