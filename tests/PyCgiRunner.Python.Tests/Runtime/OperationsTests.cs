using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>Runtime operations pinned to CPython 2.7's answers.</summary>
public sealed class OperationsTests
{
    [Theory]
    [InlineData("7 / 2", "3")]
    [InlineData("-7 / 2", "-4")]
    [InlineData("-7 % 3", "2")]
    [InlineData("7 % -3", "-2")]
    [InlineData("7.5 // 2", "3.0")]
    [InlineData("-7.5 % 2", "0.5")]
    [InlineData("2 ** -1", "0.5")]
    [InlineData("9223372036854775807 + 1", "9223372036854775808")]
    [InlineData("type(9223372036854775807 + 1).__name__", "long")]
    [InlineData("repr(2 ** 64)", "18446744073709551616L")]
    [InlineData("1 << 70", "1180591620717411303424")]
    [InlineData("-1 >> 100", "-1")]
    [InlineData("repr(0.1)", "0.1")]
    [InlineData("str(1.0 / 3)", "0.333333333333")]
    [InlineData("repr(1.0 / 3)", "0.3333333333333333")]
    [InlineData("repr(1e16)", "1e+16")]
    [InlineData("repr(1.5e-5)", "1.5e-05")]
    [InlineData("str(12345678901.0)", "12345678901.0")]
    [InlineData("str(123456789012.0)", "1.23456789012e+11")]
    [InlineData("str(1234567890123.0)", "1.23456789012e+12")]
    [InlineData("True + True", "2")]
    [InlineData("divmod(-7, 2)", "(-4, 1)")]
    [InlineData("round(2.5), round(-2.5), round(0.125, 2)", "3.0 -3.0 0.13")]
    public void Arithmetic_MatchesCPython(string expr, string expected)
        => Assert.Equal(expected + "\n", Py.Out("print " + expr + "\n"));

    [Theory]
    [InlineData("None < 0", "True")]
    [InlineData("1 < 'a'", "True")]
    [InlineData("[] < ()", "True")]
    [InlineData("{} < []", "True")]
    [InlineData("(1, 2) < (1, 3)", "True")]
    [InlineData("1 == 1.0", "True")]
    [InlineData("'a' == u'a'", "True")]
    [InlineData("1 < 2 < 3 > 2", "True")]
    [InlineData("cmp('b', 'a'), cmp(1, 2)", "1 -1")]
    public void Comparisons_FollowPython2Ordering(string expr, string expected)
        => Assert.Equal(expected + "\n", Py.Out("print " + expr + "\n"));

    [Fact]
    public void DictKeys_EqualNumbersShareAnEntry()
        => Assert.Equal("{1: 'c'}\n", Py.Out("d = {}\nd[1] = 'a'\nd[1.0] = 'b'\nd[True] = 'c'\nprint d\n"));

    [Fact]
    public void Dict_DeletedKeyReinserted_TakesItsOldSlotBack()
        // CPython 2.7.18 prints ['a', 'c', 'b'] both times: the key goes back into the dummy slot it left.
        => Assert.Equal("['a', 'c', 'b']\n['a', 'c', 'b']\n", Py.Out("d = {'a': 1, 'b': 2, 'c': 3}\nprint d.keys()\ndel d['a']\nd['a'] = 4\nprint d.keys()\n"));

    [Fact]
    public void Dict_ChangedSizeDuringIteration_RaisesRuntimeError()
    {
        var o = Py.Run("d = {1: 1}\nfor k in d:\n    d[k + 1] = 1\n");
        Assert.Equal("RuntimeError: dictionary changed size during iteration", o.LastErrorLine);
    }

    [Fact]
    public void Print_SoftspaceRules()
        => Assert.Equal("a b\nx\ty\nc\n", Py.Out("print 'a',\nprint 'b'\nprint 'x\\t',\nprint 'y'\nprint 'c',\n"));

    [Fact]
    public void Print_FileWriteClearsSoftspace()
        => Assert.Equal("ab\n", Py.Out("import sys\nprint 'a',\nsys.stdout.write('b')\nprint\n"));

    [Fact]
    public void UnicodeMixing_DecodesStrAsAscii()
    {
        Assert.Equal("u'ab'\n", Py.Out("print repr('a' + u'b')\n"));
        var o = Py.Run("x = '\\xe9' + u'a'\n");
        Assert.Equal("UnicodeDecodeError: 'ascii' codec can't decode byte 0xe9 in position 0: ordinal not in range(128)", o.LastErrorLine);
    }

    [Fact]
    public void UncaughtException_PrintsCPythonTraceback()
    {
        var o = Py.Run("def f():\n    return undefined_name\nf()\n");
        Assert.Equal(1, o.Result.ExitCode);
        Assert.Equal(
            "Traceback (most recent call last):\n  File \"snippet.py\", line 3, in <module>\n    f()\n  File \"snippet.py\", line 2, in f\n    return undefined_name\nNameError: global name 'undefined_name' is not defined\n",
            o.Stderr);
    }

    [Theory]
    [InlineData("x = 1\nprint(\"value\", end=\"\")\n",
        "  File \"snippet.py\", line 2\n    print(\"value\", end=\"\")\n                      ^\nSyntaxError: invalid syntax\n")]
    [InlineData("print \"a\";\\r\\n\"\n",
        "  File \"snippet.py\", line 1\n    print \"a\";\\r\\n\"\n                  ^\nSyntaxError: unexpected character after line continuation character\n")]
    public void SyntaxError_PrintsCPythonsReportWithTheCaret(string source, string expectedStderr)
    {
        var o = Py.Run(source);
        Assert.Equal(1, o.Result.ExitCode);
        Assert.Equal(expectedStderr, o.Stderr);
    }

    [Fact]
    public void SysExit_WithMessage_PrintsItAndExitsWithOne()
    {
        var o = Py.Run("import sys\nsys.exit('bye')\n");
        Assert.Equal(1, o.Result.ExitCode);
        Assert.Equal("bye\n", o.Stderr);
    }

    [Fact]
    public void Generators_SendThrowAndClose()
        // close() raises GeneratorExit at the suspended 'yield' inside the ValueError handler, where the
        // sibling 'except GeneratorExit' does not apply: nothing more is printed (as in CPython).
        => Assert.Equal("0 5 caught\n", Py.Out(
            "def g():\n    x = 0\n    while True:\n        try:\n            x = yield x\n        except ValueError:\n            yield 'caught'\n        except GeneratorExit:\n            print 'closed'\n            raise\n" +
            "it = g()\nprint it.next(), it.send(5), it.throw(ValueError)\nit.close()\n"));

    [Fact]
    public void Closures_CaptureVariablesNotValues()
        => Assert.Equal("[1, 1]\n", Py.Out("fs = []\nfor i in range(2):\n    fs.append(lambda: i)\nprint [f() for f in fs]\n"));

    [Fact]
    public void OldStyleClasses_HaveInstanceType()
        => Assert.Equal("instance classobj\n", Py.Out("class A: pass\nprint type(A()).__name__, type(A).__name__\n"));

    [Fact]
    public void NewStyleMro_IsC3()
        => Assert.Equal("D B C A object\n", Py.Out(
            "class A(object): pass\nclass B(A): pass\nclass C(A): pass\nclass D(B, C): pass\nprint ' '.join(c.__name__ for c in D.__mro__)\n"));
}
