namespace PyCgiRunner.Python.Tests.Strings;

/// <summary>str and unicode methods: split, splitlines, strip, replace, join, find, case, justify, translate. Expected outputs were produced by CPython 2.7.18.</summary>
public class StrMethodTests
{
    [Fact]
    public void Split_WhitespaceWithMaxsplit_KeepsTrailingRemainder()
    {
        const string source = "print repr(\"  a  b  c  \".split(None, 1)), repr(\"  a  b  c  \".rsplit(None, 1)), repr(\"a b\".split(None, 0)), repr(\"  \".split(None, 0))\n";
        Assert.Equal("['a', 'b  c  '] ['  a  b', 'c'] ['a b'] []\n", Snippet.Run(source));
    }

    [Fact]
    public void Split_SeparatorWithMaxsplit_SplitsFromTheRightForRsplit()
    {
        const string source = "print repr(\"a,b,c,d\".split(\",\", 2)), repr(\"a,b,c,d\".rsplit(\",\", 2)), repr(\",,\".split(\",\")), repr(\"aaa\".split(\"aa\")), repr(\"aaa\".rsplit(\"aa\"))\n";
        Assert.Equal("['a', 'b', 'c,d'] ['a,b', 'c', 'd'] ['', '', ''] ['', 'a'] ['a', '']\n", Snippet.Run(source));
    }

    [Fact]
    public void Split_NoneSeparator_TreatsUnicodeSpacesOnlyForUnicode()
    {
        const string source = "print repr(\"a\\xa0b\\x1cc\".split()), repr(u\"a\\xa0b\\x1cc\\u3000d\".split()), repr(u\"a\\u2028b\".splitlines())\n";
        Assert.Equal("['a\\xa0b\\x1cc'] [u'a', u'b', u'c', u'd'] [u'a', u'b']\n", Snippet.Run(source));
    }

    [Fact]
    public void Split_NegativeMaxsplit_MeansUnlimited()
    {
        const string source = "print repr(\"a b c\".split(None, -5)), repr(\"a.b.c\".rsplit(\".\", -1))\n";
        Assert.Equal("['a', 'b', 'c'] ['a', 'b', 'c']\n", Snippet.Run(source));
    }

    [Fact]
    public void SplitLines_CrLfAndKeepEnds_FollowsCPython()
    {
        const string source = "print repr(\"a\\r\\nb\\rc\\n\\nd\\r\".splitlines()), repr(\"a\\r\\nb\\rc\\n\\nd\\r\".splitlines(True)), repr(\"\\r\\n\".splitlines(1)), repr(u\"x\\x85y\\x0cz\".splitlines(True))\n";
        Assert.Equal("['a', 'b', 'c', '', 'd'] ['a\\r\\n', 'b\\r', 'c\\n', '\\n', 'd\\r'] ['\\r\\n'] [u'x\\x85', u'y\\x0c', u'z']\n", Snippet.Run(source));
    }

    [Fact]
    public void Translate_TableAndDeleteChars_DeletesBeforeMapping()
    {
        const string source = "table = map(chr, range(256))\ntable[ord(\"l\")], table[ord(\"o\")] = \"0\", \"1\"\nprint repr(\"hello\".translate(\"\".join(table), \"l\")), repr(\"abc\".translate(None, \"\")), repr(\"a\\x00b\".translate(None, \"\\x00\"))\n";
        Assert.Equal("'he1' 'abc' 'ab'\n", Snippet.Run(source));
    }

    [Fact]
    public void Translate_UnicodeTable_OnStr_PromotesToUnicode()
    {
        const string source = "print repr(\"abc\".translate({97: u\"X\"})) if False else \"\", repr(u\"abc\".translate({97: None, 98: 0x263a, 99: u\"cc\"}))\n";
        Assert.Equal(" u'\\u263acc'\n", Snippet.Run(source));
    }

    [Fact]
    public void Translate_BadTableLength_RaisesValueError()
    {
        const string source = "try:\n    \"abc\".translate(\"x\" * 10)\nexcept ValueError, e:\n    print e\n";
        Assert.Equal("translation table must be 256 characters long\n", Snippet.Run(source));
    }

    [Fact]
    public void Strip_UnicodeChars_OnStr_ReturnsUnicode()
    {
        const string source = "print repr(\"xax\".strip(u\"x\")), repr(u\" a\\x85\".strip()), repr(\" a\\x85\".strip()), repr(\"aXa\".lstrip(\"a\"))\n";
        Assert.Equal("u'a' u'a' 'a\\x85' 'Xa'\n", Snippet.Run(source));
    }

    [Fact]
    public void Strip_BadArgument_NamesTheMethod()
    {
        const string source = "try:\n    \"a\".rstrip(1)\nexcept TypeError, e:\n    print e\n";
        Assert.Equal("rstrip arg must be None, str or unicode\n", Snippet.Run(source));
    }

    [Fact]
    public void Replace_EmptyOldWithCount_InsertsBetweenCharacters()
    {
        const string source = "print repr(\"abc\".replace(\"\", \"-\")), repr(\"abc\".replace(\"\", \"-\", 2)), repr(\"\".replace(\"\", \"x\")), repr(\"aaaa\".replace(\"a\", \"b\", 2))\n";
        Assert.Equal("'-a-b-c-' '-a-bc' 'x' 'bbaa'\n", Snippet.Run(source));
    }

    [Fact]
    public void Join_MixedItems_PromotesOrNamesTheBadItem()
    {
        const string source = "print repr(\",\".join([\"a\", u\"b\"])), repr(u\"\".join(\"ab\"))\nfor seq in [[\"a\", 1], [u\"a\", \"b\", 2]]:\n    try:\n        \",\".join(seq)\n    except TypeError, e:\n        print e\n";
        Assert.Equal("u'a,b' u'ab'\nsequence item 1: expected string, int found\nsequence item 2: expected string or Unicode, int found\n", Snippet.Run(source));
    }

    [Fact]
    public void Find_StartBeyondEnd_ReturnsMinusOne()
    {
        const string source = "print \"abc\".find(\"\", 3), \"abc\".find(\"\", 4), \"abc\".count(\"\", 3), \"abc\".count(\"\"), \"abc\".rfind(\"\", 1), \"abc\".startswith(\"\", 3), \"abc\".startswith(\"\", 4), \"abc\".find(\"c\", None, None)\n";
        Assert.Equal("3 -1 1 4 3 True False 2\n", Snippet.Run(source));
    }

    [Fact]
    public void Find_ArityError_UsesSharedName()
    {
        const string source = "try:\n    \"abc\".index()\nexcept TypeError, e:\n    print e\n";
        Assert.Equal("find/rfind/index/rindex() takes at least 1 argument (0 given)\n", Snippet.Run(source));
    }

    [Fact]
    public void Case_StrIsAsciiOnly_UnicodeIsFull()
    {
        const string source = "print repr(\"\\xe9a\".upper()), repr(u\"\\xe9a\".upper()), \"\\xe9\".isalpha(), u\"\\xe9\".isalpha(), repr(\"hELLO wORLD\".swapcase()), repr(u\"\\u01c6\".istitle())\n";
        Assert.Equal("'\\xe9A' u'\\xc9A' False True 'Hello World' False\n", Snippet.Run(source));
    }

    [Fact]
    public void Title_AfterDigitsAndApostrophes_StartsNewWord()
    {
        const string source = "print \"they're 2nd x1y\".title(), \"ABC def\".capitalize(), \"\".istitle(), \"A1 B\".istitle()\n";
        Assert.Equal("They'Re 2Nd X1Y Abc def False True\n", Snippet.Run(source));
    }

    [Fact]
    public void Justify_OddWidths_PadLikeCPython()
    {
        const string source = "print repr(\"ab\".center(5)), repr(\"abc\".center(6)), repr(\"a\".center(4, \"*\")), repr(\"-3\".zfill(5)), repr(u\"+x\".zfill(4))\n";
        Assert.Equal("'  ab ' ' abc  ' '*a**' '-0003' u'+00x'\n", Snippet.Run(source));
    }

    [Fact]
    public void Justify_BadFill_RaisesTypeError()
    {
        const string source = "for f in [lambda: \"a\".center(3, \"ab\"), lambda: u\"a\".center(3, \"ab\")]:\n    try:\n        f()\n    except TypeError, e:\n        print e\n";
        Assert.Equal("center() argument 2 must be char, not str\nThe fill character must be exactly one character long\n", Snippet.Run(source));
    }

    [Fact]
    public void ExpandTabs_ColumnsResetAtNewline_MatchesCPython()
    {
        const string source = "print repr(\"a\\tb\\n\\tc\\r\\td\".expandtabs(4)), repr(\"\\t\".expandtabs(0)), repr(\"ab\\t\".expandtabs(-1))\n";
        Assert.Equal("'a   b\\n    c\\r    d' '' 'ab'\n", Snippet.Run(source));
    }
}
