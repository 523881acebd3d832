using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Tests.Parsing;

/// <summary>
/// Each statement and expression form parses to the same tree as CPython 2.7.18's ast module gives (shapes,
/// positions and literal values), in AstDump form; expectations generated with tools/ast_dump.py's dumper.
/// </summary>
public class AstShapeTests
{
    [Theory]
    [InlineData("print >>f, a,\n", "Print@1:0(Name@1:8(f),[Name@1:11(a)],0)")]
    [InlineData("print\n", "Print@1:0(-,[],1)")]
    [InlineData("print a, b\n", "Print@1:0(-,[Name@1:6(a),Name@1:9(b)],1)")]
    [InlineData("print >>f\n", "Print@1:0(Name@1:8(f),[],1)")]
    [InlineData("a, = x\n", "Assign@1:0([Tuple@1:0([Name@1:0(a)])],Name@1:5(x))")]
    [InlineData("del a, b\n", "Delete@1:0([Name@1:4(a),Name@1:7(b)])")]
    [InlineData("del (a, b)\n", "Delete@1:0([Tuple@1:5([Name@1:5(a),Name@1:8(b)])])")]
    [InlineData("x = y = 1\n", "Assign@1:0([Name@1:0(x),Name@1:4(y)],Int@1:8(1))")]
    [InlineData("a[1:2]\n", "Expr@1:0(Subscript@1:0(Name@1:0(a),Slice(Int@1:2(1),Int@1:4(2),-,0)))")]
    [InlineData("a[::]\n", "Expr@1:0(Subscript@1:0(Name@1:0(a),Slice(-,-,-,1)))")]
    [InlineData("a[1:2:]\n", "Expr@1:0(Subscript@1:0(Name@1:0(a),Slice(Int@1:2(1),Int@1:4(2),-,1)))")]
    [InlineData("a[1:2, ::3, ...]\n", "Expr@1:0(Subscript@1:0(Name@1:0(a),Tuple([Slice(Int@1:2(1),Int@1:4(2),-,0),Slice(-,-,Int@1:9(3),1),Ellipsis])))")]
    [InlineData("a[1,]\n", "Expr@1:0(Subscript@1:0(Name@1:0(a),Tuple([Int@1:2(1)])))")]
    [InlineData("(a)\n", "Expr@1:0(Name@1:1(a))")]
    [InlineData("(a,)\n", "Expr@1:0(Tuple@1:1([Name@1:1(a)]))")]
    [InlineData("()\n", "Expr@1:0(Tuple@1:0([]))")]
    [InlineData("exec code in g, l\n", "Exec@1:0(Name@1:5(code),Name@1:13(g),Name@1:16(l))")]
    [InlineData("exec code\n", "Exec@1:0(Name@1:5(code),-,-)")]
    [InlineData("global a, b\n", "Global@1:0(a,b)")]
    [InlineData("assert x, 'm'\n", "Assert@1:0(Name@1:7(x),Str@1:10('m'))")]
    [InlineData("with a as b, c:\n  pass\n", "With@1:5(Name@1:5(a),Name@1:10(b),[With@1:13(Name@1:13(c),-,[Pass@2:2()])])")]
    [InlineData("try:\n  pass\nexcept E, e:\n  pass\nexcept (A, B) as e:\n  pass\nexcept:\n  pass\nelse:\n  pass\nfinally:\n  pass\n", "TryFinally@1:0([TryExcept@1:0([Pass@2:2()],[Handler@3:0(Name@3:7(E),Name@3:10(e),[Pass@4:2()]),Handler@5:0(Tuple@5:8([Name@5:8(A),Name@5:11(B)]),Name@5:17(e),[Pass@6:2()]),Handler@7:0(-,-,[Pass@8:2()])],[Pass@10:2()])],[Pass@12:2()])")]
    [InlineData("try:\n  pass\nfinally:\n  pass\n", "TryFinally@1:0([Pass@2:2()],[Pass@4:2()])")]
    [InlineData("raise E, v, tb\n", "Raise@1:0(Name@1:6(E),Name@1:9(v),Name@1:12(tb))")]
    [InlineData("raise\n", "Raise@1:0(-,-,-)")]
    [InlineData("@d\n@e.f(1)\ndef g(a, (b, c)=(1, 2), *args, **kw):\n  return\n", "FunctionDef@1:0(g,Params([Name@3:6(a),Tuple@3:10([Name@3:10(b),Name@3:13(c)])],[Tuple@3:17([Int@3:17(1),Int@3:20(2)])],args,kw),[Return@4:2(-)],[Name@1:1(d),Call@2:1(Attribute@2:1(Name@2:1(e),f),[Int@2:5(1)],[],-,-)])")]
    [InlineData("class C:\n  pass\nclass D():\n  pass\nclass E(A, B):\n  x = 1\n", "ClassDef@1:0(C,[],[Pass@2:2()],[])\nClassDef@3:0(D,[],[Pass@4:2()],[])\nClassDef@5:0(E,[Name@5:8(A),Name@5:11(B)],[Assign@6:2([Name@6:2(x)],Int@6:6(1))],[])")]
    [InlineData("f = lambda x, y=1, *a, **k: (x, y)\n", "Assign@1:0([Name@1:0(f)],Lambda@1:4(Params([Name@1:11(x),Name@1:14(y)],[Int@1:16(1)],a,k),Tuple@1:29([Name@1:29(x),Name@1:32(y)])))")]
    [InlineData("def g():\n  x = yield\n  y = yield v\n  z = (yield)\n", "FunctionDef@1:0(g,Params([],[],-,-),[Assign@2:2([Name@2:2(x)],Yield@2:6(-)),Assign@3:2([Name@3:2(y)],Yield@3:6(Name@3:12(v))),Assign@4:2([Name@4:2(z)],Yield@4:7(-))],[])")]
    [InlineData("x = `a, b`\n", "Assign@1:0([Name@1:0(x)],Repr@1:4(Tuple@1:5([Name@1:5(a),Name@1:8(b)])))")]
    [InlineData("x = a if b else c\n", "Assign@1:0([Name@1:0(x)],IfExp@1:4(Name@1:9(b),Name@1:4(a),Name@1:16(c)))")]
    [InlineData("[x for x in y if x for z in w]\n", "Expr@1:0(ListComp@1:1(Name@1:1(x),[Comp(Name@1:7(x),Name@1:12(y),[Name@1:17(x)]),Comp(Name@1:23(z),Name@1:28(w),[])]))")]
    [InlineData("(x for x in y)\n", "Expr@1:0(GeneratorExp@1:1(Name@1:1(x),[Comp(Name@1:7(x),Name@1:12(y),[])]))")]
    [InlineData("{x for x in y}\n", "Expr@1:0(SetComp@1:1(Name@1:1(x),[Comp(Name@1:7(x),Name@1:12(y),[])]))")]
    [InlineData("{k: v for k, v in y}\n", "Expr@1:0(DictComp@1:1(Name@1:1(k),Name@1:4(v),[Comp(Tuple@1:10([Name@1:10(k),Name@1:13(v)]),Name@1:18(y),[])]))")]
    [InlineData("{1, 2}\n", "Expr@1:0(Set@1:0([Int@1:1(1),Int@1:4(2)]))")]
    [InlineData("{}\n", "Expr@1:0(Dict@1:0([],[]))")]
    [InlineData("{1: 2, 3: 4,}\n", "Expr@1:0(Dict@1:0([Int@1:1(1),Int@1:7(3)],[Int@1:4(2),Int@1:10(4)]))")]
    [InlineData("from __future__ import division, print_function\nprint(1, end='')\n", "ImportFrom@1:0(__future__,division,print_function,0)\nExpr@2:0(Call@2:0(Name@2:0(print),[Int@2:6(1)],[end=Str@2:13('')],-,-))")]
    [InlineData("from __future__ import unicode_literals\nx = 'a' b'b'\n", "ImportFrom@1:0(__future__,unicode_literals,0)\nAssign@2:0([Name@2:0(x)],Unicode@2:4('ab'))")]
    [InlineData("from . import x\nfrom ..a import b as c\nimport a.b as c, d\nfrom a import (b, c,)\nfrom a import *\n", "ImportFrom@1:0(-,x,1)\nImportFrom@2:0(a,b as c,2)\nImport@3:0(a.b as c,d)\nImportFrom@4:0(a,b,c,0)\nImportFrom@5:0(a,*,0)")]
    [InlineData("x = 'a' u'b' 'c'\n", "Assign@1:0([Name@1:0(x)],Unicode@1:4('abc'))")]
    [InlineData("x = 1L + 0777 + 0o17 + 0x1F + 0b101 + 1.5e3 + 3j + .5 + 1e10 + 12345678901234567890 + 0xffffffffffffffff\n", "Assign@1:0([Name@1:0(x)],BinOp@1:84(BinOp@1:61(BinOp@1:54(BinOp@1:49(BinOp@1:44(BinOp@1:36(BinOp@1:28(BinOp@1:21(BinOp@1:14(BinOp@1:4(Long@1:4(1),Add,Int@1:9(511)),Add,Int@1:16(15)),Add,Int@1:23(31)),Add,Int@1:30(5)),Add,Float@1:38(4654311885213007872)),Add,Imag@1:46(4613937818241073152)),Add,Float@1:51(4602678819172646912)),Add,Float@1:56(4756540486875873280)),Add,Long@1:63(12345678901234567890)),Add,Long@1:86(18446744073709551615)))")]
    [InlineData("x = -1, -9223372036854775808, -(1), - 2 ** 2, --1, -1.5, -2j, -0x8000000000000000, -9223372036854775809\n", "Assign@1:0([Name@1:0(x)],Tuple@1:4([Int@1:4(-1),Int@1:8(-9223372036854775808),UnaryOp@1:30(USub,Int@1:32(1)),UnaryOp@1:36(USub,BinOp@1:38(Int@1:38(2),Pow,Int@1:43(2))),UnaryOp@1:46(USub,Int@1:47(-1)),Float@1:51(-4613937818241073152),Imag@1:57(-4611686018427387904),Int@1:62(-9223372036854775808),Long@1:83(-9223372036854775809)]))")]
    [InlineData("x = a < b <= c <> d != e in f not in g is h is not i\n", "Assign@1:0([Name@1:0(x)],Compare@1:4(Name@1:4(a),Lt,LtE,NotEq,NotEq,In,NotIn,Is,IsNot,[Name@1:8(b),Name@1:13(c),Name@1:18(d),Name@1:23(e),Name@1:28(f),Name@1:37(g),Name@1:42(h),Name@1:51(i)]))")]
    [InlineData("x = not a and b or c and d\n", "Assign@1:0([Name@1:0(x)],BoolOp@1:4(Or,[BoolOp@1:4(And,[UnaryOp@1:4(Not,Name@1:8(a)),Name@1:14(b)]),BoolOp@1:19(And,[Name@1:19(c),Name@1:25(d)])]))")]
    [InlineData("x = a | b ^ c & d << e >> f + g - h * i / j // k % l ** -m\n", "Assign@1:0([Name@1:0(x)],BinOp@1:4(Name@1:4(a),BitOr,BinOp@1:8(Name@1:8(b),BitXor,BinOp@1:12(Name@1:12(c),BitAnd,BinOp@1:23(BinOp@1:16(Name@1:16(d),LShift,Name@1:21(e)),RShift,BinOp@1:32(BinOp@1:26(Name@1:26(f),Add,Name@1:30(g)),Sub,BinOp@1:49(BinOp@1:44(BinOp@1:40(BinOp@1:34(Name@1:34(h),Mult,Name@1:38(i)),Div,Name@1:42(j)),FloorDiv,Name@1:47(k)),Mod,BinOp@1:51(Name@1:51(l),Pow,UnaryOp@1:56(USub,Name@1:57(m))))))))))")]
    [InlineData("x = ~a + +b\n", "Assign@1:0([Name@1:0(x)],BinOp@1:4(UnaryOp@1:4(Invert,Name@1:5(a)),Add,UnaryOp@1:9(UAdd,Name@1:10(b))))")]
    [InlineData("f(a, b=1, *c, **d)\n", "Expr@1:0(Call@1:0(Name@1:0(f),[Name@1:2(a)],[b=Int@1:7(1)],Name@1:11(c),Name@1:16(d)))")]
    [InlineData("f(x for x in y)\n", "Expr@1:0(Call@1:0(Name@1:0(f),[GeneratorExp@1:2(Name@1:2(x),[Comp(Name@1:8(x),Name@1:13(y),[])])],[],-,-))")]
    [InlineData("f(a)(b)[c].d\n", "Expr@1:0(Attribute@1:0(Subscript@1:0(Call@1:0(Call@1:0(Name@1:0(f),[Name@1:2(a)],[],-,-),[Name@1:5(b)],[],-,-),Name@1:8(c)),d))")]
    [InlineData("x += 1\na.b -= 2\nc[d] **= 3\ne //= 4\nf >>= 5\n", "AugAssign@1:0(Name@1:0(x),Add,Int@1:5(1))\nAugAssign@2:0(Attribute@2:0(Name@2:0(a),b),Sub,Int@2:7(2))\nAugAssign@3:0(Subscript@3:0(Name@3:0(c),Name@3:2(d)),Pow,Int@3:9(3))\nAugAssign@4:0(Name@4:0(e),FloorDiv,Int@4:6(4))\nAugAssign@5:0(Name@5:0(f),RShift,Int@5:6(5))")]
    [InlineData("if a:\n  pass\nelif b:\n  pass\nelse:\n  pass\n", "If@1:0(Name@1:3(a),[Pass@2:2()],[If@3:5(Name@3:5(b),[Pass@4:2()],[Pass@6:2()])])")]
    [InlineData("while a:\n  break\nelse:\n  pass\nfor a, b in c:\n  continue\nelse:\n  pass\n", "While@1:0(Name@1:6(a),[Break@2:2()],[Pass@4:2()])\nFor@5:0(Tuple@5:4([Name@5:4(a),Name@5:7(b)]),Name@5:12(c),[Continue@6:2()],[Pass@8:2()])")]
    [InlineData("'''doc\nmore'''\nx = 1\n", "Expr@2:-1(Str@2:-1('doc\\x{a}more'))\nAssign@3:0([Name@3:0(x)],Int@3:4(1))")]
    [InlineData("x = '\\x41\\101\\n\\q' r'\\n' u'\\u00e9\\N{LATIN SMALL LETTER E WITH ACUTE}' ur'\\u00e9\\n'\n", "Assign@1:0([Name@1:0(x)],Unicode@1:4('AA\\x{a}\\x{5c}q\\x{5c}n\\x{e9}\\x{e9}\\x{e9}\\x{5c}n'))")]
    [InlineData("if x:\n\tif y:\n\t\tpass\n        z = 1\n", "If@1:0(Name@1:3(x),[If@2:1(Name@2:4(y),[Pass@3:2()],[]),Assign@4:8([Name@4:8(z)],Int@4:12(1))],[])")]
    [InlineData("x = (1 +\n  2) \\\n  + 3\n", "Assign@1:0([Name@1:0(x)],BinOp@1:4(BinOp@1:5(Int@1:5(1),Add,Int@2:2(2)),Add,Int@3:4(3)))")]
    [InlineData("x = [1,\n# comment\n 2]\n\n\n", "Assign@1:0([Name@1:0(x)],List@1:4([Int@1:5(1),Int@3:1(2)]))")]
    [InlineData("def f():\n  '''doc'''\n  return 1\n", "FunctionDef@1:0(f,Params([],[],-,-),[Expr@2:2(Str@2:2('doc')),Return@3:2(Int@3:9(1))],[])")]
    [InlineData("a = b = c, d = e\n", "Assign@1:0([Name@1:0(a),Name@1:4(b),Tuple@1:8([Name@1:8(c),Name@1:11(d)])],Name@1:15(e))")]
    [InlineData("x = 1; y = 2;\n", "Assign@1:0([Name@1:0(x)],Int@1:4(1))\nAssign@1:7([Name@1:7(y)],Int@1:11(2))")]
    [InlineData("lambda: (yield)\n", "Expr@1:0(Lambda@1:0(Params([],[],-,-),Yield@1:9(-)))")]
    [InlineData("lambda (a, b): a\n", "Expr@1:0(Lambda@1:0(Params([Tuple@1:8([Name@1:8(a),Name@1:11(b)])],[],-,-),Name@1:15(a)))")]
    [InlineData("print(a, b)\n", "Print@1:0(-,[Tuple@1:6([Name@1:6(a),Name@1:9(b)])],1)")]
    [InlineData("x = a.b.c(d)[e:f]\n", "Assign@1:0([Name@1:0(x)],Subscript@1:4(Call@1:4(Attribute@1:4(Attribute@1:4(Name@1:4(a),b),c),[Name@1:10(d)],[],-,-),Slice(Name@1:13(e),Name@1:15(f),-,0)))")]
    [InlineData("x = [i for i in 1, 2]\n", "Assign@1:0([Name@1:0(x)],ListComp@1:5(Name@1:5(i),[Comp(Name@1:11(i),Tuple@1:16([Int@1:16(1),Int@1:19(2)]),[])]))")]
    public void ParseModule_Source_MatchesCPythonTree(string source, string expected)
    {
        var module = PythonParser.ParseModule(System.Text.Encoding.Latin1.GetBytes(source), "case.py", origin: PyCgiRunner.Python.Lexing.SourceOrigin.String);
        Assert.Equal(expected, AstDump.Dump(module));
    }
}
