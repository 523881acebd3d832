using System.Text.RegularExpressions;

namespace PyCgiRunner.Python.Modules.Text.Re;

/// <summary>
/// A Python 2.7 pattern translated to .NET: every capturing group becomes the numbered group (?&lt;N&gt;...)
/// with N = its Python index, so group numbers agree (.NET would otherwise number named groups last).
/// </summary>
internal sealed record ReTranslation(
    string Pattern,
    RegexOptions Options,
    int Flags,
    int Groups,
    Dictionary<string, int> GroupIndex,
    int[] GroupParents);
