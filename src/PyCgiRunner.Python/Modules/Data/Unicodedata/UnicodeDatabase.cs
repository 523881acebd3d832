using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace PyCgiRunner.Python.Modules.Data.Unicodedata;

/// <summary>
/// The Unicode 5.2.0 character database that CPython 2.7's unicodedata module reports (unidata_version '5.2.0'),
/// read once per process from the embedded UnicodeData520.tsv.gz (written by scripts/dev/gen_unicodedata.py,
/// which documents the format). .NET's own tables follow a newer Unicode version, so they are not used.
/// Immutable after loading: shared by all runs.
/// </summary>
internal sealed class UnicodeDatabase
{
    public const string Version = "5.2.0";
    private const string ResourceName = "PyCgiRunner.Python.UnicodeData520.tsv.gz";
    private const string CjkPrefix = "CJK UNIFIED IDEOGRAPH-";

    private static readonly Lazy<UnicodeDatabase> s_instance = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static UnicodeDatabase Instance => s_instance.Value;

    // Runs of code points sorted by start: [Starts[i], Ends[i]] share Props[i] and the name rule Names[i]
    // ("" none, "*C" CJK ideograph, "*H" Hangul syllable, else the literal name of a single code point).
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly CharProperties[] _props;
    private readonly string[] _names;
    private readonly Lazy<Dictionary<string, int>> _byName;
    private readonly Lazy<Dictionary<(int, int), int>> _compositions;

    private UnicodeDatabase(List<(int Start, int End, string Name, CharProperties Props)> runs)
    {
        _starts = runs.Select(r => r.Start).ToArray();
        _ends = runs.Select(r => r.End).ToArray();
        _names = runs.Select(r => r.Name).ToArray();
        _props = runs.Select(r => r.Props).ToArray();
        _byName = new(BuildNameIndex, LazyThreadSafetyMode.ExecutionAndPublication);
        _compositions = new(BuildCompositions, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public CharProperties Properties(int cp) => Find(cp) is var i and >= 0 ? _props[i] : CharProperties.Unassigned;

    /// <summary>The character's name, or null when it has none (controls, unassigned code points...).</summary>
    public string? Name(int cp)
    {
        var i = Find(cp);
        if (i < 0) return null;
        return _names[i] switch
        {
            "" => null,
            "*C" => CjkPrefix + cp.ToString("X4", CultureInfo.InvariantCulture),
            "*H" => HangulNames.Name(cp),
            var name => name,
        };
    }

    /// <summary>
    /// The code point a name denotes, or -1. Case-insensitive for listed names; the derived CJK and Hangul names
    /// must be upper case, as in CPython 2.7.
    /// </summary>
    public int Lookup(string name)
    {
        if (name.StartsWith(HangulNames.Prefix, StringComparison.Ordinal))
            return HangulNames.Lookup(name[HangulNames.Prefix.Length..]);
        if (name.StartsWith(CjkPrefix, StringComparison.Ordinal))
        {
            var hex = name[CjkPrefix.Length..];
            if (hex.Length is 4 or 5 && hex.All(c => c is >= '0' and <= '9' or >= 'A' and <= 'F')
                && int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture) is var cp
                && Find(cp) is var i and >= 0 && _names[i] == "*C")
                return cp;
            return -1;
        }
        return _byName.Value.TryGetValue(name.ToUpperInvariant(), out var found) ? found : -1;
    }

    private int Find(int cp)
    {
        int lo = 0, hi = _starts.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (cp < _starts[mid]) hi = mid - 1;
            else if (cp > _ends[mid]) lo = mid + 1;
            else return mid;
        }
        return -1;
    }

    /// <summary>The primary composite of a canonical pair (UAX #15 §1.3), or -1; Hangul is composed by rule elsewhere.</summary>
    public int Compose(int first, int second) => _compositions.Value.TryGetValue((first, second), out var c) ? c : -1;

    private Dictionary<(int, int), int> BuildCompositions()
    {
        var map = new Dictionary<(int, int), int>();
        for (var i = 0; i < _starts.Length; i++)
        {
            var p = _props[i];
            if (p.CompositionExcluded || p.Decomposition.Length == 0 || p.Decomposition[0] == '<') continue;
            var parts = p.Decomposition.Split(' ');
            if (parts.Length != 2) continue;
            for (var cp = _starts[i]; cp <= _ends[i]; cp++) map[(Hex(parts[0]), Hex(parts[1]))] = cp;
        }
        return map;
    }

    private Dictionary<string, int> BuildNameIndex()
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < _names.Length; i++)
            if (_names[i].Length > 0 && _names[i][0] != '*') index[_names[i]] = _starts[i];
        return index;
    }

    private static UnicodeDatabase Load()
    {
        using var stream = typeof(UnicodeDatabase).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"missing embedded resource {ResourceName}");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress), Encoding.UTF8);
        var shared = new Dictionary<string, CharProperties>(StringComparer.Ordinal);
        var runs = new List<(int, int, string, CharProperties)>(23000);
        var previousEnd = -1;
        while (reader.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            var start = f[0].Length == 0 ? previousEnd + 1 : Hex(f[0]);
            var end = f[1].Length == 0 ? start : Hex(f[1]);
            var key = string.Join('\t', f, 3, f.Length - 3);
            if (!shared.TryGetValue(key, out var props)) shared[key] = props = Parse(f);
            runs.Add((start, end, f[2], props));
            previousEnd = end;
        }
        return new UnicodeDatabase(runs);
    }

    private static CharProperties Parse(string[] f) => new(
        f[3].Length == 0 ? "Cn" : f[3],
        f[4],
        f[5].Length == 0 ? 0 : int.Parse(f[5], CultureInfo.InvariantCulture),
        f[6].Length == 0 ? "N" : f[6],
        f[7].Length == 0 ? 0 : 1,
        f[8],
        f[9].Length == 0 ? null : int.Parse(f[9], CultureInfo.InvariantCulture),
        f[10].Length == 0 ? null : int.Parse(f[10], CultureInfo.InvariantCulture),
        f[11].Length == 0 ? null : double.Parse(f[11], CultureInfo.InvariantCulture),
        f[12].Length != 0);

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
