using System.Text;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;
using PyCgiRunner.Python.Parsing;
using Assert = Xunit.Assert;

namespace PyCgiRunner.Python.Tests.Parsing;

public class PythonParserTests
{
    private static ModuleNode Parse(string source, SourceOrigin origin = SourceOrigin.File) =>
        PythonParser.ParseModule(Encoding.Latin1.GetBytes(source), "t.py", origin: origin);

    [Fact]
    public void Future_Imports_AreRecordedInFlags()
    {
        var m = Parse("'''doc'''\nfrom __future__ import division\nfrom __future__ import (print_function, unicode_literals, absolute_import)\n");
        Assert.Equal(FutureFeatures.Division | FutureFeatures.PrintFunction | FutureFeatures.UnicodeLiterals | FutureFeatures.AbsoluteImport, m.FutureFlags);
    }

    [Fact]
    public void Future_PrintFunction_MakesPrintAName()
    {
        var m = Parse("from __future__ import print_function\nprint('a', end='')\n");
        Assert.IsType<Call>(Assert.IsType<ExprStmt>(m.Body[1]).Value);
    }

    [Fact]
    public void Future_Inherited_AppliesFromTheStart()
    {
        var m = PythonParser.ParseModule(Encoding.Latin1.GetBytes("x = 'a'\n"), "t.py", FutureFeatures.UnicodeLiterals);
        Assert.IsType<UnicodeLiteral>(Assert.IsType<Assign>(m.Body[0]).Value);
        Assert.Equal(FutureFeatures.UnicodeLiterals, m.FutureFlags);
    }

    [Fact]
    public void Docstring_FirstStatementString_IsRecordedAndKept()
    {
        var m = Parse("'''The doc.'''\nx = 1\n");
        Assert.Equal("The doc.", m.Docstring);
        Assert.Equal(2, m.Body.Count);
        Assert.Null(Parse("x = 1\n'not doc'\n").Docstring);
    }

    [Fact]
    public void StrLiteral_Utf8Source_KeepsSourceBytes()
    {
        var m = Parse("# -*- coding: utf-8 -*-\nx = 'caf\u00c3\u00a9'\ny = u'caf\u00c3\u00a9'\n");
        Assert.Equal("caf\u00c3\u00a9", ((StrLiteral)((Assign)m.Body[0]).Value).Value);
        Assert.Equal("caf\u00e9", ((UnicodeLiteral)((Assign)m.Body[1]).Value).Value);
    }

    [Fact]
    public void UnicodeLiteral_Latin1Source_DecodesLatin1()
    {
        var m = Parse("# coding: latin-1\nx = u'\u00e9\\u20ac'\n");
        Assert.Equal("\u00e9\u20ac", ((UnicodeLiteral)((Assign)m.Body[0]).Value).Value);
    }

    [Fact]
    public void RawUnicodeLiteral_OddBackslashes_ProcessUEscapes()
    {
        var m = Parse("x = ur'\\u00e9\\n\\\\u1234 \\\\\\u1234'\n");
        Assert.Equal("\u00e9\\n\\\\u1234 \\\\\u1234", ((UnicodeLiteral)((Assign)m.Body[0]).Value).Value);
    }

    [Fact]
    public void ByteString_BadHexEscape_IsValueError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parse("x = '\\x4'\n"));
        Assert.Equal(("ValueError", "invalid \\x escape"), (e.Kind, e.Msg));
    }

    [Theory]
    [InlineData("del x,\n")]
    [InlineData("def f(x):\n  del None\n")]
    [InlineData("x = [i for i in range(3) if i if i]\n")]
    [InlineData("if x:\n\tpass\n        pass\n")]
    [InlineData("x = 1if 1else 2\n")]
    [InlineData("a[. . .]\n")]
    [InlineData("def f(a, ): pass\nlambda x, : 1\nf(a, )\nf(*a, k=1)\n")]
    [InlineData("class C(): pass\n")]
    [InlineData("x = 1\r\nif x:\r\n  y = 2\r\n")]
    [InlineData("")]
    [InlineData("\n\n# only a comment")]
    [InlineData("if 1:\n  x = 1\n  # trailing comment\n")]
    public void ParseModule_ValidEdgeCase_Parses(string source) => Parse(source);

    [Fact]
    public void ParseModule_TupleAssignTarget_IsTupleExpr()
    {
        var a = (Assign)Parse("a, = x\n").Body[0];
        Assert.Single(Assert.IsType<TupleExpr>(a.Targets[0]).Elements);
    }

    [Fact]
    public void ParseModule_TryExceptFinally_IsTryFinallyAroundTryExcept()
    {
        var t = Assert.IsType<TryFinally>(Parse("try:\n  a\nexcept E:\n  b\nfinally:\n  c\n").Body[0]);
        Assert.IsType<TryExcept>(Assert.Single(t.Body));
    }

    [Fact]
    public void ParseExpression_LeadingBlanksAndTrailingNewlines_Allowed()
    {
        Expr e = PythonParser.ParseExpression(Encoding.Latin1.GetBytes("  1 + 2\n\n"), "<string>");
        Assert.IsType<BinOp>(e);
    }

    [Fact]
    public void ParseExpression_Statement_IsInvalidSyntax()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseExpression(Encoding.Latin1.GetBytes("x = 1"), "<string>"));
        Assert.Equal("invalid syntax", e.Msg);
    }

    [Fact]
    public void ParseExpression_Tuple_IsTupleExpr()
    {
        Assert.IsType<TupleExpr>(PythonParser.ParseExpression(Encoding.Latin1.GetBytes("1, 2"), "<string>"));
    }

    [Fact]
    public void SyntaxError_BeforeLaterTokenizerError_WinsLikeCPython()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parse("x = = 1\ny = 'abc\n"));
        Assert.Equal(("invalid syntax", 1), (e.Msg, e.Line));
    }

    [Fact]
    public void ParseError_BeforeAstError_WinsLikeCPython()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parse("1 = x\ny = (\n"));
        Assert.Equal(("invalid syntax", 2), (e.Msg, e.Line));
    }

    [Fact]
    public void AstError_BeforeCompileError_WinsLikeCPython()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Parse("return 1\n1 = x\n"));
        Assert.Equal(("can't assign to literal", 2), (e.Msg, e.Line));
    }

    [Fact]
    public void Yield_InGeneratorExpressionElement_BelongsToTheGeneratorExpression()
    {
        // A generator expression or set/dict comprehension is a function of its own (Python 2.7 symtable).
        var m = Parse("x = ((yield) for i in y)\nclass C:\n    z = list((yield i) for i in y)\ns = {(yield): 1 for i in y}\n");
        Assert.Equal(3, m.Body.Count);
    }

    [Fact]
    public void Yield_InGeneratorExpressionElement_DoesNotMakeTheFunctionAGenerator()
    {
        // Returning a value is legal: the yield is the generator expression's.
        var m = Parse("def f():\n    return ((yield x) for x in range(3))\n");
        Assert.IsType<FunctionDef>(m.Body[0]);
    }
}
