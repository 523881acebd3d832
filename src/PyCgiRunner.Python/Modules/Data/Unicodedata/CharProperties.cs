namespace PyCgiRunner.Python.Modules.Data.Unicodedata;

/// <summary>
/// The properties unicodedata reports for one code point (Unicode 5.2.0, as CPython 2.7 ships them).
/// Shared between runs of code points with equal values; absent values are null.
/// </summary>
internal sealed record CharProperties(
    string Category,
    string Bidirectional,
    int Combining,
    string EastAsianWidth,
    int Mirrored,
    string Decomposition,
    int? Decimal,
    int? Digit,
    double? Numeric,
    bool CompositionExcluded)
{
    /// <summary>What an unassigned code point answers (UCD: general category Cn, no other property).</summary>
    public static readonly CharProperties Unassigned = new("Cn", "", 0, "N", 0, "", null, null, null, false);
}
