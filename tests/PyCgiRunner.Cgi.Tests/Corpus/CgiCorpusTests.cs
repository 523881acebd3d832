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
