using System.Globalization;
using System.Text;

namespace PyCgiRunner.Python.Modules.Data.Unicodedata;

/// <summary>
/// unicodedata.normalize (library reference §7.9): the four normalization forms of UAX #15, computed from the
/// embedded Unicode 5.2.0 data so results match CPython 2.7 (.NET's String.Normalize follows a newer Unicode
/// and is unavailable under invariant globalization). Lone surrogates pass through as starters.
/// </summary>
internal static class Normalization
{
    // The Unicode Standard 5.2 §3.12: Hangul syllable arithmetic.
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    public static string Normalize(string form, string text)
    {
        var (compose, compat) = form switch
        {
            "NFC" => (true, false),
            "NFD" => (false, false),
            "NFKC" => (true, true),
            "NFKD" => (false, true),
            _ => throw new ArgumentException("invalid normalization form"),
        };
        var db = UnicodeDatabase.Instance;
        var cps = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var cp = char.IsSurrogatePair(text, i) ? char.ConvertToUtf32(text[i], text[++i]) : text[i];
            Decompose(db, cp, compat, cps);
        }
        ReorderMarks(db, cps);
        if (compose) cps = Compose(db, cps);
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in cps)
        {
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    /// <summary>Full (recursive) canonical or compatibility decomposition of one code point (UAX #15 §1.2).</summary>
    private static void Decompose(UnicodeDatabase db, int cp, bool compat, List<int> output)
    {
        var s = cp - SBase;
        if (s >= 0 && s < SCount)
        {
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0) output.Add(TBase + s % TCount);
            return;
        }
        var d = db.Properties(cp).Decomposition;
        if (d.Length == 0 || (d[0] == '<' && !compat)) { output.Add(cp); return; }
        foreach (var part in d.Split(' '))
            if (part[0] != '<') Decompose(db, int.Parse(part, NumberStyles.HexNumber, CultureInfo.InvariantCulture), compat, output);
    }

    /// <summary>Canonical ordering: a stable sort of each run of non-starters by combining class (UAX #15 §1.3).</summary>
    private static void ReorderMarks(UnicodeDatabase db, List<int> cps)
    {
        for (var i = 1; i < cps.Count; i++)
        {
            var cc = db.Properties(cps[i]).Combining;
            if (cc == 0) continue;
            var j = i;
            while (j > 0 && db.Properties(cps[j - 1]).Combining > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    /// <summary>Canonical composition: each character joins the last starter unless blocked (UAX #15 §1.3, D117).</summary>
    private static List<int> Compose(UnicodeDatabase db, List<int> cps)
    {
        var output = new List<int>(cps.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var cp in cps)
        {
            var cc = db.Properties(cp).Combining;
            if (starter >= 0)
            {
                var adjacent = output.Count - 1 == starter;
                if (adjacent || (lastClass != 0 && lastClass < cc))
                {
                    var composite = ComposePair(db, output[starter], cp);
                    if (composite >= 0) { output[starter] = composite; continue; }
                }
            }
            if (cc == 0) starter = output.Count;
            lastClass = cc;
            output.Add(cp);
        }
        return output;
    }

    private static int ComposePair(UnicodeDatabase db, int first, int second)
    {
        var l = first - LBase;
        var v = second - VBase;
        if (l >= 0 && l < LCount && v >= 0 && v < VCount) return SBase + (l * VCount + v) * TCount;
        var s = first - SBase;
        var t = second - TBase;
        if (s >= 0 && s < SCount && s % TCount == 0 && t > 0 && t < TCount) return first + t;
        return db.Compose(first, second);
    }
}
