using PyCgiRunner.Python.Modules.Data.Unicodedata;
using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>unicodedata against CPython 2.7.18's answers (Unicode 5.2.0).</summary>
public class UnicodedataTests
{
    private static string Run(string body) => ModuleTestHost.Run("import unicodedata as u\n" + body);

    [Theory]
    [InlineData(@"u'\xe9'", "LATIN SMALL LETTER E WITH ACUTE")]
    [InlineData(@"u'\u20ac'", "EURO SIGN")]
    [InlineData(@"u'\u4e00'", "CJK UNIFIED IDEOGRAPH-4E00")]
    [InlineData(@"u'\uac01'", "HANGUL SYLLABLE GAG")]
    [InlineData(@"u'\ud55c'", "HANGUL SYLLABLE HAN")]
    [InlineData(@"u'\U0001d400'", "MATHEMATICAL BOLD CAPITAL A")]
    [InlineData(@"u'\u2603'", "SNOWMAN")]
    public void Name_AssignedCharacter_IsUcdName(string ch, string name)
        => Assert.Equal(name + "\n", Run($"print u.name({ch})\n"));

    [Theory]
    [InlineData("EURO SIGN", @"u'\u20ac'")]
    [InlineData("euro sign", @"u'\u20ac'")]
    [InlineData("HANGUL SYLLABLE GAG", @"u'\uac01'")]
    [InlineData("CJK UNIFIED IDEOGRAPH-4E00", @"u'\u4e00'")]
    [InlineData("MATHEMATICAL BOLD CAPITAL A", @"u'\U0001d400'")]
    public void Lookup_KnownName_ReturnsCharacter(string name, string repr)
        => Assert.Equal(repr + "\n", Run($"print repr(u.lookup('{name}'))\n"));

    [Theory]
    [InlineData("u.lookup('FOO')", "KeyError \"undefined character name 'FOO'\"")]
    [InlineData("u.lookup('CJK UNIFIED IDEOGRAPH-9FFF')", "KeyError \"undefined character name 'CJK UNIFIED IDEOGRAPH-9FFF'\"")]
    [InlineData("u.lookup('hangul syllable gag')", "KeyError \"undefined character name 'hangul syllable gag'\"")]
    [InlineData(@"u.name(u'\u0378')", "ValueError no such name")]
    [InlineData("u.category('a')", "TypeError category() argument 1 must be unicode, not str")]
    [InlineData("u.category(u'ab')", "TypeError need a single Unicode character as parameter")]
    [InlineData("u.numeric(u'a')", "ValueError not a numeric character")]
    [InlineData("u.decimal(u'a')", "ValueError not a decimal")]
    [InlineData("u.digit(u'a')", "ValueError not a digit")]
    [InlineData("u.normalize('X', u'a')", "ValueError invalid normalization form")]
    [InlineData("u.normalize('NFC', 'a')", "TypeError normalize() argument 2 must be unicode, not str")]
    [InlineData("u.lookup(5)", "TypeError lookup() argument 1 must be string or read-only buffer, not int")]
    public void Functions_BadArgument_RaiseCPythonError(string call, string expected)
        => Assert.Equal(expected + "\n", Run($"try:\n    {call}\nexcept Exception as e:\n    print type(e).__name__, e\n"));

    [Fact]
    public void Properties_SampleCharacters_MatchUnicode520()
        => Assert.Equal(
            "Lu Nd Mn Zs Cn Lo So\n" +
            "L EN NSM ON  R\n" +
            "0 230 220 0\n" +
            "Na W F A F H\n" + // CPython 2.7 answers 'F' for unassigned U+0378: the dump keeps its quirks

            "1 0 1\n" +
            "0065 0301|<compat> 0066 0069||<noBreak> 0020\n",
            Run("print u.category(u'A'), u.category(u'1'), u.category(u'\\u0301'), u.category(u' '), u.category(u'\\u0378'), u.category(u'\\u4e00'), u.category(u'\\u2603')\n" +
                "print u.bidirectional(u'a'), u.bidirectional(u'1'), u.bidirectional(u'\\u0301'), u.bidirectional(u'('), u.bidirectional(u'\\u0378'), u.bidirectional(u'\\u05d0')\n" +
                "print u.combining(u'a'), u.combining(u'\\u0301'), u.combining(u'\\u0323'), u.combining(u'\\u0378')\n" +
                "print u.east_asian_width(u'a'), u.east_asian_width(u'\\u4e00'), u.east_asian_width(u'\\uff21'), u.east_asian_width(u'\\xa7'), u.east_asian_width(u'\\u0378'), u.east_asian_width(u'\\uff76')\n" +
                "print u.mirrored(u'('), u.mirrored(u'a'), u.mirrored(u'\\u2264')\n" +
                "print '|'.join([u.decomposition(u'\\xe9'), u.decomposition(u'\\ufb01'), u.decomposition(u'a'), u.decomposition(u'\\xa0')])\n"));

    [Fact]
    public void Numeric_FractionsAndIdeographs_MatchCPython()
        => Assert.Equal("0.5 7 2 1.0 10000.0 0.2 x None\n",
            Run("print u.numeric(u'\\xbd'), u.decimal(u'7'), u.digit(u'\\xb2'), u.numeric(u'\\u4e00'), u.numeric(u'\\u4e07'), u.numeric(u'\\u2155'), u.numeric(u'a', 'x'), u.decimal(u'\\xbd', None)\n"));

    [Theory]
    [InlineData("NFC", @"u'e\u0301'", @"u'\xe9'")]
    [InlineData("NFD", @"u'\xe9'", @"u'e\u0301'")]
    [InlineData("NFKC", @"u'\ufb01'", @"u'fi'")]
    [InlineData("NFKD", @"u'\u2460'", @"u'1'")]
    [InlineData("NFC", @"u'\u1100\u1161\u11a8'", @"u'\uac01'")]
    [InlineData("NFD", @"u'\uac01'", @"u'\u1100\u1161\u11a8'")]
    [InlineData("NFC", @"u'a\u0323\u0302'", @"u'\u1ead'")]
    [InlineData("NFD", @"u'q\u0307\u0323'", @"u'q\u0323\u0307'")]
    [InlineData("NFC", @"u'\u212b'", @"u'\xc5'")]
    [InlineData("NFC", @"u'\u0f73'", @"u'\u0f71\u0f72'")]
    [InlineData("NFC", @"u'A\u0338\u0328\u030a'", @"u'\u0104\u0338\u030a'")]
    public void Normalize_Forms_MatchCPython(string form, string input, string expected)
        => Assert.Equal(expected + "\n", Run($"print repr(u.normalize('{form}', {input}))\n"));

    [Fact]
    public void Module_Version_Is520()
        => Assert.Equal("5.2.0\n", Run("print u.unidata_version\n"));

    [Fact]
    public void Database_EveryListedName_LooksUpItsCodePoint()
    {
        var db = UnicodeDatabase.Instance;
        for (var cp = 0; cp < 0x30000; cp++)
            if (db.Name(cp) is { } name) Assert.Equal(cp, db.Lookup(name));
    }
}
