namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>One line of gateway-differences.txt.</summary>
public sealed record GatewayDifference(string Mode, string Case, string Expectation, string Reason)
{
    public static IReadOnlyList<GatewayDifference> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "gateway-differences.txt");
        return File.ReadAllLines(path)
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries))
            .Select(p => new GatewayDifference(p[0], p[1], p[2], p[3]))
            .ToList();
    }

    public bool AppliesTo(string mode) => Mode == "both" || Mode == mode;
}
