namespace PyCgiRunner.Python.Tests.Strings;

/// <summary>encode/decode: error handlers, escape and bytes codecs. Expected outputs were produced by CPython 2.7.18.</summary>
public class CodecTests
{
    [Fact]
    public void Encode_ErrorHandlers_ReplaceAsCPython()
    {
        const string source = "u = u\"a\\xe9\\u20ac\\U0001f600\"\nfor h in [\"ignore\", \"replace\", \"xmlcharrefreplace\", \"backslashreplace\"]:\n    print h, repr(u.encode(\"ascii\", h)), repr(u.encode(\"latin-1\", h))\n";
        Assert.Equal("ignore 'a' 'a\\xe9'\nreplace 'a???' 'a\\xe9??'\nxmlcharrefreplace 'a&#233;&#8364;&#128512;' 'a\\xe9&#8364;&#128512;'\nbackslashreplace 'a\\\\xe9\\\\u20ac\\\\U0001f600' 'a\\xe9\\\\u20ac\\\\U0001f600'\n", Snippet.Run(source));
    }

    [Fact]
    public void Encode_UnknownHandler_RaisesLookupErrorOnlyOnFailure()
    {
        const string source = "print repr(u\"abc\".encode(\"ascii\", \"bogus\"))\ntry:\n    u\"\\xe9\".encode(\"ascii\", \"bogus\")\nexcept LookupError, e:\n    print e\n";
        Assert.Equal("'abc'\nunknown error handler name 'bogus'\n", Snippet.Run(source));
    }

    [Fact]
    public void Decode_ErrorHandlers_ReplaceAsCPython()
    {
        const string source = "print repr(\"a\\xff\\xc3b\".decode(\"utf-8\", \"replace\")), repr(\"a\\xffb\".decode(\"ascii\", \"ignore\")), repr(\"\\x81a\".decode(\"cp1252\", \"replace\"))\n";
        Assert.Equal("u'a\\ufffd\\ufffdb' u'ab' u'\\ufffda'\n", Snippet.Run(source));
    }

    [Fact]
    public void Encode_StrWithTextCodec_DecodesAsciiFirst()
    {
        const string source = "try:\n    \"\\xe9\".encode(\"utf-8\")\nexcept UnicodeDecodeError, e:\n    print e\nprint repr(\"abc\".encode(\"utf-16-le\")), repr(u\"ab\".decode(\"ascii\"))\n";
        Assert.Equal("'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)\n'a\\x00b\\x00c\\x00' u'ab'\n", Snippet.Run(source));
    }

    [Fact]
    public void Codec_EscapeCodecs_RoundTrip()
    {
        const string source = "print repr(u\"\\xe9\\n\\\\\\u20ac\".encode(\"unicode_escape\")), repr(\"\\\\u20ac\\\\n\\\\x41\\\\101\".decode(\"unicode_escape\")), repr(u\"\\u20ac\\xe9\".encode(\"raw_unicode_escape\")), repr(\"\\\\u20ac\\\\\\\\u20ac\".decode(\"raw_unicode_escape\"))\n";
        Assert.Equal("'\\\\xe9\\\\n\\\\\\\\\\\\u20ac' u'\\u20ac\\nAA' '\\\\u20ac\\xe9' u'\\u20ac\\\\\\\\u20ac'\n", Snippet.Run(source));
    }

    [Fact]
    public void Codec_BytesCodecs_WorkOnStr()
    {
        const string source = "print repr(\"hi\\n\".encode(\"hex\")), repr(\"6869\".decode(\"hex\")), repr((\"x\" * 60).encode(\"base64\")), repr(\"aGk=\".decode(\"base64\")), repr(\"Hello\".encode(\"rot_13\"))\n";
        Assert.Equal("'68690a' 'hi' 'eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4eHh4\\neHh4\\n' 'hi' 'Uryyb'\n", Snippet.Run(source));
    }

    [Fact]
    public void Codec_BadHexAndBase64_RaiseCPythonErrors()
    {
        const string source = "for f in [lambda: \"abc\".decode(\"hex\"), lambda: \"zz\".decode(\"hex\")]:\n    try:\n        f()\n    except TypeError, e:\n        print e\n";
        Assert.Equal("Odd-length string\nNon-hexadecimal digit found\n", Snippet.Run(source));
    }
}
