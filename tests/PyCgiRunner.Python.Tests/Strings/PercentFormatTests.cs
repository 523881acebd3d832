namespace PyCgiRunner.Python.Tests.Strings;

/// <summary>The % operator: * width, alternate forms, mapping rules, unicode continuation, errors. Expected outputs were produced by CPython 2.7.18.</summary>
public class PercentFormatTests
{
    [Fact]
    public void Percent_StarWidthAndPrecision_TakeArguments()
    {
        const string source = "print \"[%*d] [%-*d] [%*s] [%.*f] [%*.*f]\" % (5, 1, 5, 2, -4, \"x\", 2, 3.14159, 9, 3, 2.5)\n";
        Assert.Equal("[    1] [2    ] [x   ] [3.14] [    2.500]\n", Snippet.Run(source));
    }

    [Fact]
    public void Percent_StarWithNonInt_RaisesTypeError()
    {
        const string source = "try:\n    \"%*d\" % (\"a\", 1)\nexcept TypeError, e:\n    print e\n";
        Assert.Equal("* wants int\n", Snippet.Run(source));
    }

    [Fact]
    public void Percent_AlternateForms_FollowCPython()
    {
        const string source = "print \"%#x %#X %#o %#o %#.5x %+#08x %#08o %08.3d\" % (255, 255, 0, 8, 255, 255, -8, -5)\n";
        Assert.Equal("0xff 0XFF 0 010 0x000ff +0x000ff -0000010 -0000005\n", Snippet.Run(source));
    }

    [Fact]
    public void Percent_ZeroPadNan_PadsWithZeros()
    {
        const string source = "print \"%010.2f|%-8.1f|%+f|% d\" % (float(\"nan\"), 1.5, float(\"inf\"), 3)\n";
        Assert.Equal("0000000nan|1.5     |+inf| 3\n", Snippet.Run(source));
    }

    [Fact]
    public void Percent_UnicodeArgument_ContinuesAsUnicode()
    {
        const string source = "print repr(\"a%sb%d\" % (u\"\\xe9\", 3)), repr(\"%s|%r\" % (\"x\", u\"y\"))\n";
        Assert.Equal("u'a\\xe9b3' \"x|u'y'\"\n", Snippet.Run(source));
    }

    [Fact]
    public void Percent_MappingRules_FollowCPython()
    {
        const string source = "print \"%s %(a)s\" % {\"a\": 1}, \"plain\" % [1], \"%(a)s\" % {\"a\": \"%(b)s\"}\n";
        Assert.Equal("{'a': 1} 1 plain %(b)s\n", Snippet.Run(source));
    }

    [Fact]
    public void Percent_BadArguments_RaiseCPythonMessages()
    {
        const string source = "for f, a in [(\"%s %s\", \"x\"), (\"%s\", (1, 2)), (\"%y\", 1), (\"ab%\", 1), (\"%(a\", {}), (\"%d\", \"5\"), (\"%c\", 300), (\"%c\", \"ab\"), (\"%(a)s\", (1,))]:\n    try:\n        f % a\n    except (TypeError, ValueError, OverflowError), e:\n        print type(e).__name__, e\n";
        Assert.Equal("TypeError not enough arguments for format string\nTypeError not all arguments converted during string formatting\nValueError unsupported format character 'y' (0x79) at index 1\nValueError incomplete format\nValueError incomplete format key\nTypeError %d format: a number is required, not str\nOverflowError unsigned byte integer is greater than maximum\nTypeError %c requires int or char\nTypeError format requires a mapping\n", Snippet.Run(source));
    }
}
