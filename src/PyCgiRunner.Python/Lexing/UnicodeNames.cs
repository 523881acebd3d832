using System.Globalization;

namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// Looks up the code point of a \N{NAME} escape (Python 2.7 reference §2.4.1). The table covers the
/// commonly named blocks (UnicodeNames.Data.cs); CJK ideographs are named algorithmically.
/// </summary>
internal static partial class UnicodeNames
{
    private static readonly Lazy<Dictionary<string, int>> Table = new(Build);

    public static bool TryLookup(string name, out int codePoint)
    {
        string upper = name.ToUpperInvariant();
        const string cjk = "CJK UNIFIED IDEOGRAPH-";
        if (upper.StartsWith(cjk, StringComparison.Ordinal)
            && int.TryParse(upper.AsSpan(cjk.Length), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out codePoint)
            && ((codePoint >= 0x4E00 && codePoint <= 0x9FCB) || (codePoint >= 0x3400 && codePoint <= 0x4DB5)
                || (codePoint >= 0x20000 && codePoint <= 0x2A6D6)))
        {
            return true;
        }
        return Table.Value.TryGetValue(upper, out codePoint);
    }

    private static Dictionary<string, int> Build()
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string entry in Data.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            int eq = entry.LastIndexOf('=');
            table[entry[..eq]] = int.Parse(entry.AsSpan(eq + 1), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }
        return table;
    }
}
