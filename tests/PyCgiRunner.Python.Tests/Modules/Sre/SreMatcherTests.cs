using System.Text;
using PyCgiRunner.Python.Hosting;
using PyCgiRunner.Python.Modules.Text.Sre;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Tests.Modules.Sre;

/// <summary>
/// The _sre matcher on code that CPython 2.7.18's sre_compile made, against CPython's answers
/// (sre-cases.jsonl, written by tools/gen_sre_cases.py): every opcode family, backtracking, groups and their
/// marks, lookarounds, the single-item repeats, IGNORECASE under the ASCII, LOCALE and UNICODE models, the INFO
/// fast searches, pos/endpos windows; then findall, split and sub through _sre.compile; then the limits.
/// </summary>
public class SreMatcherTests
{
    public static IEnumerable<object[]> MatchCases => SreCase.Rows("match", "search");
    public static IEnumerable<object[]> LoopCases => SreCase.Rows("findall", "split", "sub", "subn");

    [Theory]
    [MemberData(nameof(MatchCases))]
    public void Matcher_CodeCompiledByCPython_SpansAndLastIndexAsCPython(int index, string family, string pattern, string subject)
    {
        var c = SreCase.All[index];
        var matcher = new SreMatcher(SreProgram.FromWords(c.Code, c.Flags, c.Groups), c.Subject, c.Arg(0, 0), c.Arg(1, long.MaxValue));
        var found = c.Op == "match" ? matcher.Match() : matcher.Search();
        var actual = found ? Enumerable.Range(0, c.Groups + 1).Select(g => Span(matcher.GroupSpan(g))).ToArray() : null;
        var expected = c.Regs?.Select(r => $"({r[0]}, {r[1]})").ToArray();
        Assert.True(expected is null == actual is null, $"{family} {pattern} on {subject}: match expected {expected is not null}");
        if (expected is null) return;
        Assert.Equal(expected, actual);
        Assert.Equal(c.LastIndex ?? -1, matcher.LastIndex);
    }

    [Theory]
    [MemberData(nameof(LoopCases))]
    public void Pattern_FindallSplitSub_ResultAsCPython(int index, string family, string pattern, string subject)
    {
        var c = SreCase.All[index];
        var args = string.Concat(c.Args.Select(a => ", " + (a.ValueKind == System.Text.Json.JsonValueKind.String ? Literal(a.GetString()!, false) : a.GetRawText())));
        var call = c.Op is "sub" or "subn"
            ? $"p.{c.Op}({Literal(c.Args[0].GetString()!, false)}, s{string.Concat(c.Args.Skip(1).Select(a => ", " + a.GetRawText()))})"
            : $"p.{c.Op}(s{args})";
        var source = $"import _sre\np = _sre.compile({Literal(pattern, false)}, {c.Flags}, [{string.Join(", ", c.Code)}], {c.Groups})\n" +
                     $"s = {Literal(c.Subject, c.IsUnicode)}\nprint repr({call})\n";
        var output = ModuleTestHost.Run(source);
        Assert.True(output == c.Repr + "\n", $"{family} {pattern} on {Literal(subject, c.IsUnicode)}: expected {c.Repr}, got {output}");
    }

    [Fact]
    public void Matcher_LongSubjectThroughGeneralRepeat_MatchesWithoutDeepeningTheStack()
    {
        // (a|b)*c keeps one frame per repetition on the matcher's own stack: 200000 of them.
        var c = SreCase.All.First(x => x.Family == "long" && x.Pattern == "(a|b)*c");
        var subject = new StringBuilder().Insert(0, "ab", 100_000).Append('c').ToString();
        var matcher = new SreMatcher(SreProgram.FromWords(c.Code, c.Flags, c.Groups), subject, 0, long.MaxValue);
        Assert.True(matcher.Match());
        Assert.Equal((0, subject.Length), matcher.GroupSpan(0));
        Assert.Equal((subject.Length - 2, subject.Length - 1), matcher.GroupSpan(1));
    }

    [Fact]
    public void Matcher_LazyRepeatOverLongSubject_Matches()
    {
        var c = SreCase.All.First(x => x.Family == "long" && x.Pattern == "(?:ab|cd)*?e");
        var subject = new StringBuilder().Insert(0, "abcd", 50_000).Append('e').ToString();
        var matcher = new SreMatcher(SreProgram.FromWords(c.Code, c.Flags, c.Groups), subject, 0, long.MaxValue);
        Assert.True(matcher.Match());
        Assert.Equal((0, subject.Length), matcher.GroupSpan(0));
    }

    [Theory]
    [InlineData("(a+)+$")]
    [InlineData("(x+x+)+y")]
    public void Matcher_CatastrophicPattern_StopsAtTheRunsDeadline(string pattern)
    {
        var c = SreCase.All.First(x => x.Deadline && x.Pattern == pattern);
        var limits = new ExecutionLimits { Deadline = DateTime.UtcNow.AddMilliseconds(200) };
        var ctx = new PyContext(new PythonEngine(), new SandboxPlatform(SandboxPolicy.Open, Path.GetTempPath()), limits);
        using var scope = ctx.Enter();
        var matcher = new SreMatcher(SreProgram.FromWords(c.Code, c.Flags, c.Groups), c.Subject, 0, long.MaxValue);
        var e = Assert.Throws<ScriptCancelledException>(() => c.Op == "match" ? matcher.Match() : matcher.Search());
        Assert.Equal(ScriptStopReason.TimeLimit, e.Reason);
    }

    [Theory]
    [InlineData(new uint[] { 19, 97 })]
    [InlineData(new uint[] { 19, 97, 0 })]
    [InlineData(new uint[] { 15, 9, 19, 97, 0, 1 })]
    [InlineData(new uint[] { 29, 40, 0, 1, 19, 97, 1, 1 })]
    [InlineData(new uint[] { 6, 99, 1 })]
    [InlineData(new uint[] { 9, 0, 1 })]
    [InlineData(new uint[] { 8, 2, 1, 1 })]
    [InlineData(new uint[] { 7, 5, 19, 97, 18, 3, 7, 19, 98, 18, 2, 0, 1 })]
    public void Program_InvalidCode_IsRefusedAsCPythonRefusesIt(uint[] code)
        => Assert.Contains("invalid SRE code", Assert.ThrowsAny<PythonException>(() => SreProgram.FromWords(code, 0, 0)).Message);

    [Theory]
    [InlineData(new uint[] { 21, 5, 1 })]
    [InlineData(new uint[] { 12, 0, 1 })]
    public void Program_CodeWithoutDeclaredGroups_MayUseAHundred(uint[] code)
        => Assert.Equal(code, SreProgram.FromWords(code, 0, 0).Code);

    private static string Span((int Start, int End) s) => $"({s.Start}, {s.End})";

    /// <summary>A Python 2 literal for a str (chars 0-255) or unicode, escaping everything outside printable ASCII.</summary>
    private static string Literal(string s, bool unicode)
    {
        var sb = new StringBuilder(unicode ? "u'" : "'");
        foreach (var ch in s)
        {
            if (ch is '\\' or '\'') sb.Append('\\').Append(ch);
            else if (ch is >= ' ' and < '\x7f') sb.Append(ch);
            else if (ch < 256) sb.Append($"\\x{(int)ch:x2}");
            else sb.Append($"\\u{(int)ch:x4}");
        }
        return sb.Append('\'').ToString();
    }
}
