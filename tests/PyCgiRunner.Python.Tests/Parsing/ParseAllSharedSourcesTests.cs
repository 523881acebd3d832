using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Tests.Parsing;

/// <summary>
/// Every Python file of the shared corpora parses, except the two that CPython 2.7 rejects, which must fail
/// with CPython's message, line and offset (checked against python2.7's compile()).
/// </summary>
public class ParseAllSharedSourcesTests
{
    // Run by python3, not by the product.
    private static readonly HashSet<string> Skipped = ["conformance/gateway/helpers/echo_env.py"];

    // nonascii_source.py compiles as a string but CPython rejects it as a file (PEP 263), as `python2.7 FILE` shows.
    private static readonly Dictionary<string, (string Msg, int Line, int? Offset)> ExpectedFailures = new()
    {
        ["tutorial/cgi-bin/setcookies.py"] = ("unexpected character after line continuation character", 5, 69),
        ["conformance/lang/194_syntax_error.py"] = ("invalid syntax", 19, 25),
        ["conformance/cgi/scripts/nonascii_source.py"] = (
            "Non-ASCII character '\\xc3' in file conformance/cgi/scripts/nonascii_source.py on line 5, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details",
            5, null),
    };

    [Fact]
    public void ParseAllSharedSources_EveryFile_ParsesOrFailsAsCPython()
    {
        var problems = new List<string>();
        int parsed = 0;
        foreach (string rel in SharedSources.PythonFiles())
        {
            if (Skipped.Contains(rel)) continue;
            byte[] bytes = File.ReadAllBytes(Path.Combine(SharedSources.Root, rel));
            try
            {
                PythonParser.ParseModule(bytes, rel);
                parsed++;
                if (ExpectedFailures.ContainsKey(rel)) problems.Add($"{rel}: parsed but CPython rejects it");
            }
            catch (PythonSyntaxError e)
            {
                if (!ExpectedFailures.TryGetValue(rel, out var expected))
                {
                    problems.Add($"{rel}: {e.Kind}: {e.Msg} line {e.Line} offset {e.Offset}");
                }
                else if (e.Msg != expected.Msg || e.Line != expected.Line || e.Offset != expected.Offset)
                {
                    problems.Add($"{rel}: got {e.Msg} {e.Line}:{e.Offset}, expected {expected}");
                }
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(parsed > 200, $"only {parsed} files parsed; is {SharedSources.Root} complete?");
    }
}
