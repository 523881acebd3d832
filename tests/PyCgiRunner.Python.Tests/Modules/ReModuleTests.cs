using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>
/// re as scripts use it: the library's re.py, sre_parse.py and sre_compile.py on our _sre. Each expected value
/// below was printed by CPython 2.7.18. Where the library in use (the jython package's, an older 2.7 revision of
/// sre_parse) words an error differently, only the part both versions share is checked.
/// </summary>
public class ReModuleTests
{
    private static string Eval(string expr) => ModuleTestHost.Run("import re\nprint repr(" + expr + ")\n").TrimEnd('\n');

    [Theory]
    // Named groups and references.
    [InlineData(@"re.match(r'(?P<a>x)(y)', 'xy').groups()", "('x', 'y')")]
    [InlineData(@"re.match(r'(?P<a>x)(y)', 'xy').group('a', 2)", "('x', 'y')")]
    [InlineData(@"re.search(r'(?P<q>[\x27""]).*?(?P=q)', 'say \x27hi\x27 now').group()", "\"'hi'\"")]
    [InlineData(@"re.sub(r'(?P<first>\w+) (?P<last>\w+)', r'\g<last>, \g<first>', 'John Smith')", "'Smith, John'")]
    // \Z is the very end; $ also matches before a final newline.
    [InlineData(@"(bool(re.match(r'abc$', 'abc\n')), bool(re.match(r'abc\Z', 'abc\n')))", "(True, False)")]
    // ASCII classes without re.UNICODE, Unicode classes with it.
    [InlineData(@"re.findall(r'\w+', 'caf\xc3\xa9 x_y')", "['caf', 'x_y']")]
    [InlineData(@"re.findall(r'\d+', u'\u0661\u0662 12')", "[u'12']")]
    [InlineData(@"re.findall(r'\d+', u'\u0661\u0662 12', re.U)", "[u'\\u0661\\u0662', u'12']")]
    [InlineData(@"re.findall(r'[\W]+', 'caf\xc3\xa9 x')", "['\\xc3\\xa9 ']")]
    [InlineData(@"re.findall(r'[^\W\d]+', 'ab12cd')", "['ab', 'cd']")]
    [InlineData(@"re.split(r'\b', 'a b')", "['a b']")]
    // '{' is literal unless a quantifier; {,n} is a quantifier.
    [InlineData(@"(re.match('a{x', 'a{x').group(), re.match('a{}', 'a{}').group())", "('a{x', 'a{}')")]
    [InlineData(@"re.findall('a{,2}', 'aaaaa')", "['aa', 'aa', 'a', '']")]
    // Octal escapes versus back references.
    [InlineData(@"re.match(r'\101\x41\0', 'AA\x00').group()", "'AA\\x00'")]
    [InlineData(@"re.match(r'(a)\1', 'aa').group()", "'aa'")]
    // Verbose mode, with '#' and spaces kept inside classes.
    [InlineData(@"re.findall(r'(?x) a b # comment' + '\n' + r' c [ ]', 'abc ab c')", "['abc ']")]
    [InlineData(@"re.findall(r'(?x)a[# ]b', 'a#b a b')", "['a#b', 'a b']")]
    // Inline flags, lookbehind, conditionals, classes starting with ']'.
    [InlineData(@"re.findall(r'(?im)^x', 'X1\nx2')", "['X', 'x']")]
    [InlineData(@"re.findall(r'(?<=\$)\d+', '$10 and 20 and $30')", "['10', '30']")]
    [InlineData(@"[bool(re.match(r'(<)?\w+(?(1)>)$', s)) for s in ['<a>', 'a', '<a', 'a>']]", "[True, True, False, False]")]
    [InlineData(@"(re.findall(r'[]a]+', 'a]]b'), re.findall(r'[^]a]+', 'a]bc]'))", "(['a]]'], ['bc'])")]
    [InlineData(@"re.findall(r'[[:digit:]]', '1:d]')", "['d]']")]
    // Python 2 empty-match rules in split, sub and findall.
    [InlineData(@"(re.split('x*', 'axbc'), re.split('(a)(b)?', '1a2ab3'))", "(['a', 'bc'], ['1', 'a', None, '2', 'a', 'b', '3'])")]
    [InlineData(@"(re.sub('x*', '-', 'abc'), re.sub('x*', '-', 'axb'))", "('-a-b-c-', '-a-b-')")]
    [InlineData(@"re.findall(r'x*', 'axb')", "['', 'x', '', '']")]
    // Group numbering: .NET numbers named groups last, Python in order of the opening parenthesis.
    [InlineData(@"(re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)()', 'a').lastindex)", "(1, 2)")]
    // re.escape escapes every non-alphanumeric character; NUL as \000.
    [InlineData(@"re.escape('a_b.\x00')", "'a\\\\_b\\\\.\\\\000'")]
    public void Re_PatternSemantics_MatchCPython(string expr, string expected) => Assert.Equal(expected, Eval(expr));

    [Theory]
    [InlineData("a**", "multiple repeat")]
    [InlineData("*a", "nothing to repeat")]
    [InlineData("^*", "nothing to repeat")]
    [InlineData("(unclosed", "unbalanced parenthesis")]
    [InlineData("a)", "unbalanced parenthesis")]
    [InlineData("(?P=x)", "unknown group name: 'x'", "unknown group name")]
    [InlineData("(?P<n>a)(?P<n>b)", "redefinition of group name 'n' as group 2; was group 1")]
    [InlineData("(?P<1>a)", "bad character in group name '1'", "bad character in group name")]
    [InlineData("a{3,2}", "bad repeat interval")]
    [InlineData("[a", "unexpected end of regular expression")]
    [InlineData("\\\\", "bogus escape (end of line)")]
    [InlineData(@"(a)\\2", @"bogus escape: '\\2'")]
    [InlineData(@"[\\d-z]", "bad character range")]
    public void Re_InvalidPattern_RaisesReErrorWithCPythonMessage(string pattern, string message, string? olderLibraryMessage = null)
    {
        var output = ModuleTestHost.Run($"import re\ntry:\n    re.compile('{pattern}')\nexcept re.error, e:\n    print e\n");
        // 2.7.18 names the group in two of these messages; the jython package's older sre_parse does not.
        Assert.Contains(output, new[] { message + "\n", (olderLibraryMessage ?? message) + "\n" });
    }

    [Fact]
    public void ReSub_TemplateErrors_MatchCPython()
    {
        var output = ModuleTestHost.Run("""
            import re
            for t in [r"\3", r"\g<1", r"\g<>", r"\1"]:
                try:
                    re.sub("(a)|(b)", t, "b")
                except re.error, e:
                    print e
            try:
                re.sub("(a)", r"\g<x>", "a")
            except IndexError, e:
                print "IndexError", e
            """);
        const string Common = "invalid group reference\nunterminated group name\nmissing group name\nunmatched group\nIndexError unknown group name";
        Assert.Contains(output, new[] { Common + ": 'x'\n", Common + "\n" });
    }

    [Fact]
    public void ReCompile_SamePatternTwice_ReturnsCachedObject()
        => Assert.Equal("True\n", ModuleTestHost.Run("import re\nprint re.compile('abc') is re.compile('abc')\n"));

    [Fact]
    public void ReMatch_CatastrophicBacktracking_StopsAtTheDeadline()
    {
        var limits = new Hosting.ExecutionLimits { Deadline = DateTime.UtcNow.AddMilliseconds(300) };
        var output = ModuleTestHost.Run("import re\nre.match(r'(a+)+$', 'a' * 40 + 'b')\nprint 'finished'\n", limits);
        Assert.DoesNotContain("finished", output);
    }
}
