using System.Text;
using PyCgiRunner.Python.Lexing;
using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Tests.Lexing;

public class TokenizerTests
{
    private static List<Token> Tokens(string source)
    {
        var t = new Tokenizer(Encoding.Latin1.GetBytes(source), "t.py");
        var list = new List<Token>();
        while (true)
        {
            Token tok = t.Next();
            list.Add(tok);
            if (tok.Kind == TokenKind.EndMarker) return list;
        }
    }

    private static string Kinds(string source) => string.Join(" ", Tokens(source).Select(t => t.Kind));

    // Every expectation ends "Newline EndMarker": CPython's parsetok turns the first end of input into an extra NEWLINE.
    [Fact]
    public void Indentation_TabAfterSpaces_AdvancesToNextMultipleOfEight()
    {
        // "\tx" and "        x" are the same level: both 8 columns.
        Assert.Equal("Name Colon Newline Indent Name Newline Name Newline Dedent Newline EndMarker",
            Kinds("if:\n\tx\n        y\n"));
    }

    [Fact]
    public void Indentation_BlankAndCommentLines_AreIgnored()
    {
        Assert.Equal("Name Newline Name Newline Newline EndMarker", Kinds("a\n\n   # c\n  \nb\n"));
    }

    [Fact]
    public void Brackets_NewlinesInside_AreJoined()
    {
        Assert.Equal("Name Assign LeftParen Number Comma Number RightParen Newline Newline EndMarker", Kinds("x = (1,\n\n   2)\n"));
    }

    [Fact]
    public void Backslash_AtLineEnd_JoinsLines()
    {
        Assert.Equal("Name Assign Number Plus Number Newline Newline EndMarker", Kinds("x = 1 + \\\n  2\n"));
    }

    [Fact]
    public void EndOfInput_AfterTokens_AddsNewlineLikeParsetok()
    {
        // CPython's parsetok turns the first ENDMARKER into an extra NEWLINE.
        Assert.Equal("Name Newline Newline EndMarker", Kinds("x"));
        Assert.Equal("EndMarker", Kinds(""));
    }

    [Theory]
    [InlineData("<>", TokenKind.LessGreater)]
    [InlineData("!=", TokenKind.NotEqual)]
    [InlineData("`", TokenKind.Backquote)]
    [InlineData("**=", TokenKind.DoubleStarEqual)]
    [InlineData("//=", TokenKind.DoubleSlashEqual)]
    [InlineData(">>=", TokenKind.RightShiftEqual)]
    [InlineData("<<", TokenKind.LeftShift)]
    [InlineData("@", TokenKind.At)]
    [InlineData("$", TokenKind.Unknown)]
    public void Operators_Text_GiveKind(string text, TokenKind kind) => Assert.Equal(kind, Tokens(text)[0].Kind);

    [Theory]
    [InlineData("0777")]
    [InlineData("0o17")]
    [InlineData("0x1fL")]
    [InlineData("0b101")]
    [InlineData("1.5e-3")]
    [InlineData(".5j")]
    [InlineData("09.5")]
    [InlineData("10l")]
    [InlineData("1.")]
    public void Numbers_Literal_IsOneToken(string text)
    {
        Token t = Tokens(text)[0];
        Assert.Equal((TokenKind.Number, text), (t.Kind, t.Text));
    }

    [Theory]
    [InlineData("u'x'", StringPrefix.Unicode)]
    [InlineData("UR'x'", StringPrefix.Unicode | StringPrefix.Raw)]
    [InlineData("b'x'", StringPrefix.Bytes)]
    [InlineData("Br'x'", StringPrefix.Bytes | StringPrefix.Raw)]
    [InlineData("r'x'", StringPrefix.Raw)]
    [InlineData("'x'", StringPrefix.None)]
    public void Strings_Prefix_IsRecorded(string text, StringPrefix prefix)
    {
        Token t = Tokens(text)[0];
        Assert.Equal((TokenKind.String, "x", prefix), (t.Kind, t.Text, t.Prefix));
    }

    [Fact]
    public void Strings_TripleQuotedOverLines_TakeEndLineAndColumnMinusOne()
    {
        Token t = Tokens("'''a\nb'''\n")[0];
        Assert.Equal((2, -1, "a\nb"), (t.Line, t.Column, t.Text));
    }

    [Fact]
    public void Strings_EscapedQuoteAndBackslashNewline_StayInBody()
    {
        Assert.Equal("a\\'b\\\nc", Tokens("'a\\'b\\\nc'\n")[0].Text);
    }

    [Fact]
    public void NewlineStyles_CrLfAndCr_AreNormalised()
    {
        Assert.Equal("Name Newline Name Newline Newline EndMarker", Kinds("a\r\nb\r"));
    }

    [Fact]
    public void NonAscii_WithoutCodingDeclaration_IsCPythonsError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Tokens("x = 1\nprint 'caf\u00c3\u00a9'\n"));
        Assert.Equal("Non-ASCII character '\\xc3' in file t.py on line 2, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details", e.Msg);
        Assert.Equal((2, (int?)null, (string?)null), (e.Line, e.Offset, e.Text));
    }

    [Fact]
    public void NonAscii_InExecString_IsAccepted()
    {
        var t = new Tokenizer(Encoding.Latin1.GetBytes("'\u00e9'\n"), "<string>", SourceOrigin.String);
        Assert.Equal("\u00e9", t.Next().Text);
    }

    [Theory]
    [InlineData("# -*- coding: utf-8 -*-\n", SourceEncoding.Utf8)]
    [InlineData("#!/usr/bin/python\n# vim: set fileencoding=latin-1 :\n", SourceEncoding.Latin1)]
    [InlineData("# coding=iso-8859-1\n", SourceEncoding.Latin1)]
    [InlineData("\n\n# coding: utf-8\n", SourceEncoding.Undeclared)]
    [InlineData("x = 1 # coding: utf-8\n", SourceEncoding.Undeclared)]
    public void CodingDeclaration_FirstTwoCommentLines_SetEncoding(string source, SourceEncoding expected)
    {
        Assert.Equal(expected, new Tokenizer(Encoding.Latin1.GetBytes(source), "t.py").Encoding);
    }

    [Fact]
    public void CodingDeclaration_Bom_MeansUtf8()
    {
        byte[] src = [0xEF, 0xBB, 0xBF, (byte)'x', (byte)'\n'];
        var t = new Tokenizer(src, "t.py");
        Assert.Equal(SourceEncoding.Utf8, t.Encoding);
        Assert.Equal("x", t.Next().Text);
    }

    [Fact]
    public void CodingDeclaration_Unknown_IsEncodingProblem()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => new Tokenizer(Encoding.Latin1.GetBytes("# coding: foo\n"), "t.py"));
        Assert.Equal(("encoding problem: foo", 1), (e.Msg, e.Line));
    }
}
