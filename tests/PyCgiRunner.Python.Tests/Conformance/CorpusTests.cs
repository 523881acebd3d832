namespace PyCgiRunner.Python.Tests.Conformance;

/// <summary>
/// The program corpora as data-driven tests: CPython 2.7.18's answers in ../shared/conformance/lang and lib,
/// and our own extra cases under tests/cases (expected outputs also produced by CPython). A case must pass
/// unless it is on its corpus's known-failures list; a listed case that passes fails the test, so the lists
/// only shrink.
/// </summary>
public sealed class CorpusTests
{
    private static readonly Dictionary<string, string> s_corpora = new()
    {
        ["lang"] = Path.Combine(RepoPaths.Shared, "conformance", "lang"),
        ["lib"] = Path.Combine(RepoPaths.Shared, "conformance", "lib"),
        ["lib-data"] = Path.Combine(RepoPaths.Root, "tests", "cases", "lib-data"),
        ["lib-data2"] = Path.Combine(RepoPaths.Root, "tests", "cases", "lib-data2"),
        ["lib-web"] = Path.Combine(RepoPaths.Root, "tests", "cases", "lib-web"),
        ["lib-xml"] = Path.Combine(RepoPaths.Root, "tests", "cases", "lib-xml"),
        ["lib-sqlite"] = Path.Combine(RepoPaths.Root, "tests", "cases", "lib-sqlite"),
    };

    private static KnownFailures KnownFailuresFor(string corpus)
        => new(Path.Combine(RepoPaths.Root, "tests", "PyCgiRunner.Python.Tests", "Conformance", $"known-failures-{corpus}.txt"));

    public static IEnumerable<object[]> Cases(string corpus)
        => Directory.Exists(s_corpora[corpus]) ? ProgramCase.CaseNames(s_corpora[corpus]).Select(n => new object[] { n }) : [];

    public static IEnumerable<object[]> LangCases() => Cases("lang");
    public static IEnumerable<object[]> LibCases() => Cases("lib");
    public static IEnumerable<object[]> ExtraCases()
        => new[] { "lib-data", "lib-data2", "lib-web", "lib-xml", "lib-sqlite" }.SelectMany(c => Cases(c).Select(x => new object[] { c, x[0] }));

    [Theory]
    [MemberData(nameof(LangCases))]
    public void Lang(string caseName) => Check("lang", caseName);

    [Theory]
    [MemberData(nameof(LibCases))]
    public void Lib(string caseName) => Check("lib", caseName);

    [Theory]
    [MemberData(nameof(ExtraCases))]
    public void Extra(string corpus, string caseName) => Check(corpus, caseName);

    [Fact]
    public void KnownFailureLists_NameOnlyExistingCases()
    {
        foreach (var corpus in s_corpora.Keys)
        {
            var names = Cases(corpus).Select(x => (string)x[0]).ToHashSet();
            foreach (var listed in KnownFailuresFor(corpus).Names)
                Assert.True(names.Contains(listed), $"known-failures-{corpus}.txt lists '{listed}', which is not a case");
        }
    }

    private static void Check(string corpus, string caseName)
    {
        var failure = new ProgramCase(s_corpora[corpus], caseName).Run();
        var known = KnownFailuresFor(corpus);
        if (known.Contains(caseName))
        {
            Assert.True(failure is not null, $"{caseName} passes now: remove it from known-failures-{corpus}.txt");
            return;
        }
        Assert.True(failure is null, $"{caseName}: {failure}");
    }
}
