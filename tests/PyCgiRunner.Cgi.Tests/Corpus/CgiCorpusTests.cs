using PyCgiRunner.Cgi.Tests.Support;

namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>
/// The cgi corpus (CPython 2.7.18's exact CGI output for 121 requests, read in place from ../shared) and our
/// extra cases, run through the engine exactly as <c>pycgi cgi --request</c> runs them.
/// </summary>
public sealed class CgiCorpusTests
{
    private const string SharedList = "cgi-known-failures.txt";
    private const string ExtraList = "cgi-extra-known-failures.txt";

    public static TheoryData<string> SharedCases() => CasesIn(RepoPaths.CgiCorpus);

    public static TheoryData<string> ExtraCases() => CasesIn(RepoPaths.CgiExtraCorpus);

    [Theory]
    [MemberData(nameof(SharedCases))]
    public Task SharedCorpus_Case_MatchesCPythonUnlessKnownFailure(string name) => RunCase(RepoPaths.CgiCorpus, SharedList, name);

    [Theory]
    [MemberData(nameof(ExtraCases))]
    public Task ExtraCorpus_Case_MatchesCPythonUnlessKnownFailure(string name) => RunCase(RepoPaths.CgiExtraCorpus, ExtraList, name);

    /// <summary>
    /// The corpus compares get_env.py's output by "contains" because its line order is CPython's dict order; our
    /// dicts have that order (same table, same environment insertion order), so the whole page must match.
    /// </summary>
    [Theory]
    [InlineData("004_get_env_get")]
    [InlineData("005_get_env_full")]
    [InlineData("006_get_env_post")]
    public async Task SharedCorpus_EnvironmentDump_MatchesCPythonByteForByte(string name)
    {
        var problems = await CgiCaseRun.DifferencesAsync(RepoPaths.CgiCorpus, name, exact: true);
        Assert.True(problems.Count == 0, $"{name}: " + string.Join("; ", problems));
    }

    [Theory]
    [InlineData(SharedList)]
    [InlineData(ExtraList)]
    public void KnownFailures_EveryEntry_NamesAnExistingCaseWithAReason(string list)
    {
        var corpus = list == SharedList ? RepoPaths.CgiCorpus : RepoPaths.CgiExtraCorpus;
        foreach (var (name, reason) in CgiKnownFailures.Load(list))
        {
            Assert.True(File.Exists(Path.Combine(corpus, name + ".json")), $"{list}: no case {name}");
            Assert.False(string.IsNullOrWhiteSpace(reason), $"{list}: {name} has no reason");
        }
    }

    private static async Task RunCase(string corpus, string list, string name)
    {
        var problems = await CgiCaseRun.DifferencesAsync(corpus, name);
        if (CgiKnownFailures.Load(list).TryGetValue(name, out var reason))
        {
            Assert.True(problems.Count > 0, $"{name} passes now: remove it from the known-failures list {list} (was: {reason})");
            return;
        }
        Assert.True(problems.Count == 0, $"{name}: " + string.Join("; ", problems));
    }

    private static TheoryData<string> CasesIn(string corpus)
    {
        var data = new TheoryData<string>();
        foreach (var json in Directory.GetFiles(corpus, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(json));
        return data;
    }
}
