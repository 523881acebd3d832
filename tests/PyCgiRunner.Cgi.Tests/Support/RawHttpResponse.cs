using System.Text;

namespace PyCgiRunner.Cgi.Tests.Support;

/// <summary>A response normalized as the gateway corpus README says: status line, headers in order, body bytes.</summary>
public sealed record RawHttpResponse(string StatusLine, IReadOnlyList<KeyValuePair<string, string>> Headers, byte[] Body)
{
    /// <summary>Headers the corpus normalization drops (README "Normalization of .http", rule 2).</summary>
    public static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "Date", "Server", "Connection", "Keep-Alive", "Transfer-Encoding", "ETag", "Last-Modified",
    };

    public string BodyText => Encoding.Latin1.GetString(Body);

    public int StatusCode => int.Parse(StatusLine.Split(' ')[1]);

    public string? Header(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).FirstOrDefault();

    public IEnumerable<string> All(string name) =>
        Headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    /// <summary>Reads a stored .http file: status line, header lines, blank line, body.</summary>
    public static RawHttpResponse FromFile(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.Latin1.GetString(bytes);
        var end = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = text[..end].Split("\r\n");
        var headers = head.Skip(1).Select(SplitHeader).ToList();
        return new RawHttpResponse(head[0], headers, bytes[(end + 4)..]);
    }

    public static KeyValuePair<string, string> SplitHeader(string line)
    {
        var colon = line.IndexOf(':');
        return KeyValuePair.Create(line[..colon], line[(colon + 2)..]);
    }

    /// <summary>
    /// Kestrel writes the headers it knows in its own fixed order, so the HTTP-level comparison is order-free
    /// across names and ordered within one name (RFC 9110 §5.3: only the order of same-named lines matters).
    /// Apache's exact order is asserted at the parser level (ResponsePlanCorpusTests).
    /// </summary>
    public IReadOnlyList<string> ComparableHeaders(bool withContentLength = true) =>
        Headers.Where(h => withContentLength || !h.Key.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
            .Select((h, i) => (h, i)).OrderBy(x => x.h.Key.ToLowerInvariant(), StringComparer.Ordinal).ThenBy(x => x.i)
            .Select(x => $"{x.h.Key}: {x.h.Value}").ToList();
}
