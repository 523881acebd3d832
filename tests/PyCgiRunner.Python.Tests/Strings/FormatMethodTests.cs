namespace PyCgiRunner.Python.Tests.Strings;

/// <summary>str.format and format(): nested specs, numbering, conversions, errors. Expected outputs were produced by CPython 2.7.18.</summary>
public class FormatMethodTests
{
    [Fact]
    public void Format_NestedSpecs_AreExpanded()
    {
        const string source = "print \"{0:{1}{2}}|{3:{4}.{5}f}|{:>{}}\".format if False else \"\", \"{0:{1}{2}}|{3:{4}.{5}f}\".format(\"x\", \">\", 4, 3.14159, 8, 2), \"{:{}}|\".format(\"a\", 3)\n";
        Assert.Equal("    x|    3.14 a  |\n", Snippet.Run(source));
    }

    [Fact]
    public void Format_AutoNumbering_WithAttributesAndIndexes()
    {
        const string source = "print \"{} {[1]} {.imag}\".format(\"a\", [0, 9], 2j)\n";
        Assert.Equal("a 9 2.0\n", Snippet.Run(source));
    }

    [Fact]
    public void Format_Conversions_ApplyBeforeSpec()
    {
        const string source = "print \"{0!r:>8}|{0!s:^7}|\".format(\"ab\"), u\"{0!r}\".format(u\"\\xe9\")\n";
        Assert.Equal("    'ab'|  ab   | u'\\xe9'\n", Snippet.Run(source));
    }

    [Fact]
    public void Format_BadFields_RaiseCPythonMessages()
    {
        const string source = "for f in [\"{0!x}\", \"{0!}\", \"{0!rr}\", \"{0[}\", \"{0[0]x}\", \"{0.}\", \"{\", \"}\", \"{0:{1:{2}}}\"]:\n    try:\n        f.format([1], 2, 3)\n    except (ValueError, IndexError), e:\n        print type(e).__name__, e\n";
        Assert.Equal("ValueError Unknown conversion specifier x\nValueError end of format while looking for conversion specifier\nValueError expected ':' after format specifier\nValueError Missing ']' in format string\nValueError Only '.' or '[' may follow ']' in format field specifier\nValueError Empty attribute in format string\nValueError Single '{' encountered in format string\nValueError Single '}' encountered in format string\nValueError Max string recursion exceeded\n", Snippet.Run(source));
    }

    [Fact]
    public void Format_MixedNumbering_RaisesValueError()
    {
        const string source = "for f in [\"{0}{}\", \"{}{0}\"]:\n    try:\n        f.format(1, 2)\n    except ValueError, e:\n        print e\n";
        Assert.Equal("cannot switch from manual field specification to automatic field numbering\ncannot switch from automatic field numbering to manual field specification\n", Snippet.Run(source));
    }

    [Fact]
    public void Format_ThousandsWithZeroPadding_GroupsThePadding()
    {
        const string source = "print format(1234, \"010,\"), format(1234.5, \"012,.1f\"), format(-1234, \"08,\")\n";
        Assert.Equal("00,001,234 00,001,234.5 -001,234\n", Snippet.Run(source));
    }

    [Fact]
    public void Format_StringSpecErrors_MatchCPython()
    {
        const string source = "for s in [\"=5\", \"+\", \"#\", \"05\", \",\", \"d\"]:\n    try:\n        format(\"a\", s)\n    except ValueError, e:\n        print e\n";
        Assert.Equal("'=' alignment not allowed in string format specifier\nSign not allowed in string format specifier\nAlternate form (#) not allowed in string format specifier\n'=' alignment not allowed in string format specifier\nCannot specify ',' with 's'.\nUnknown format code 'd' for object of type 'str'\n", Snippet.Run(source));
    }
}
