namespace PyCgiRunner.Python.Modules.Data.Unicodedata;

/// <summary>
/// Names of the precomposed Hangul syllables U+AC00..U+D7A3, which the UCD does not list but derives
/// (The Unicode Standard 5.2, §3.12 "Conjoining Jamo Behavior", Hangul Syllable Name Generation).
/// </summary>
internal static class HangulNames
{
    public const int SBase = 0xAC00;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;
    public const string Prefix = "HANGUL SYLLABLE ";

    // Jamo short names (UCD Jamo.txt) of the leading consonants, vowels and trailing consonants.
    private static readonly string[] Leading =
        ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] Vowels =
        ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] Trailing =
        ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    public static bool IsSyllable(int cp) => cp >= SBase && cp < SBase + SCount;

    public static string Name(int cp)
    {
        var s = cp - SBase;
        return Prefix + Leading[s / NCount] + Vowels[s % NCount / TCount] + Trailing[s % TCount];
    }

    /// <summary>The syllable a name after the prefix spells, or -1 (longest jamo match first, as the spellings overlap).</summary>
    public static int Lookup(string jamo)
    {
        foreach (var (l, li) in Matches(Leading, jamo, 0))
            foreach (var (v, vi) in Matches(Vowels, jamo, l))
                foreach (var (t, ti) in Matches(Trailing, jamo, v))
                    if (t == jamo.Length) return SBase + (li * VCount + vi) * TCount + ti;
        return -1;
    }

    private static IEnumerable<(int End, int Index)> Matches(string[] table, string s, int at)
    {
        for (var i = 0; i < table.Length; i++)
            if (string.CompareOrdinal(s, at, table[i], 0, table[i].Length) == 0 && at + table[i].Length <= s.Length)
                yield return (at + table[i].Length, i);
    }
}
