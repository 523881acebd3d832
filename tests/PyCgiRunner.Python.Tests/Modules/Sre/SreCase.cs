using System.Text.Json;
using PyCgiRunner.Python.Tests.Conformance;

namespace PyCgiRunner.Python.Tests.Modules.Sre;

/// <summary>
/// One line of sre-cases.jsonl (written by tools/gen_sre_cases.py under CPython 2.7.18): code words compiled by
/// CPython's sre_compile, a subject, an operation and CPython's answer.
/// </summary>
public sealed record SreCase(
    string Family, string Pattern, int Flags, uint[] Code, int Groups, string Subject, bool IsUnicode,
    string Op, JsonElement[] Args, int[][]? Regs, int? LastIndex, string? Repr, bool Deadline)
{
    private static readonly Lazy<SreCase[]> s_all = new(Load);

    public static SreCase[] All => s_all.Value;

    /// <summary>The cases of the given operations, as (index, family, pattern, subject) rows for xunit.</summary>
    public static IEnumerable<object[]> Rows(params string[] ops)
    {
        for (var i = 0; i < All.Length; i++)
        {
            var c = All[i];
            if (!c.Deadline && ops.Contains(c.Op)) yield return [i, c.Family, c.Pattern, c.Subject];
        }
    }

    public long Arg(int i, long fallback) => Args.Length > i ? Args[i].GetInt64() : fallback;

    private static SreCase[] Load()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "PyCgiRunner.Python.Tests", "Modules", "Sre", "sre-cases.jsonl");
        return File.ReadAllLines(path).Where(l => l.Length > 0).Select(Parse).ToArray();
    }

    private static SreCase Parse(string line)
    {
        var o = JsonDocument.Parse(line).RootElement;
        int[][]? regs = null;
        if (o.TryGetProperty("regs", out var r) && r.ValueKind == JsonValueKind.Array)
            regs = r.EnumerateArray().Select(span => span.EnumerateArray().Select(x => x.GetInt32()).ToArray()).ToArray();
        return new SreCase(
            o.GetProperty("family").GetString()!,
            o.GetProperty("pattern").GetString()!,
            o.GetProperty("flags").GetInt32(),
            o.GetProperty("code").EnumerateArray().Select(x => x.GetUInt32()).ToArray(),
            o.GetProperty("groups").GetInt32(),
            o.GetProperty("subject").GetString()!,
            o.GetProperty("unicode").GetBoolean(),
            o.GetProperty("op").GetString()!,
            o.GetProperty("args").EnumerateArray().ToArray(),
            regs,
            o.TryGetProperty("lastindex", out var li) && li.ValueKind == JsonValueKind.Number ? li.GetInt32() : null,
            o.TryGetProperty("repr", out var repr) ? repr.GetString() : null,
            o.TryGetProperty("deadline", out var d) && d.GetBoolean());
    }
}
