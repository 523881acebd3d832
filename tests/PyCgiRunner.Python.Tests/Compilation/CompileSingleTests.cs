using PyCgiRunner.Python.Tests.Support;
using Xunit;

namespace PyCgiRunner.Python.Tests.Compilation;

/// <summary>compile(..., 'single') and sys.displayhook, the interactive echo doctest relies on (CPython 2.7.18 output).</summary>
public class CompileSingleTests
{
    [Theory]
    [InlineData("exec compile('1+1\\n', '<s>', 'single')", "2\n")]
    [InlineData("exec compile('x = 5\\n', '<s>', 'single')", "")]
    [InlineData("exec compile('None\\n', '<s>', 'single')", "")]
    [InlineData("exec compile('for i in range(2): i\\n', '<s>', 'single')", "0\n1\n")]
    [InlineData("exec compile('1\\n2\\n', '<s>', 'single')", "1\n")]
    [InlineData("exec compile('\"a\"; 3', '<s>', 'single')\nprint _", "'a'\n3\n3\n")]
    [InlineData("print 'x',\nexec compile('4', '<s>', 'single')", "x\n4\n")]
    [InlineData("exec compile('def f():\\n  5\\n', '<s>', 'single')\nf()", "")]
    [InlineData("import sys\nsys.displayhook = lambda v: sys.stdout.write('<%r>' % (v,))\nexec compile('[1]', '<s>', 'single')", "<[1]>")]
    public void CompileSingle_ExpressionStatements_EchoThroughDisplayhook(string source, string expected)
        => Assert.Equal(expected, Py.Run(source + "\n").Stdout);

    [Fact]
    public void Doctest_ExamplesWithValues_Pass()
        => Assert.Equal("TestResults(failed=0, attempted=2)\n", Py.Run(
            "import doctest\ndef g():\n    '''\n    >>> 1 + 1\n    2\n    >>> [x for x in range(3)]\n    [0, 1, 2]\n    '''\nprint doctest.testmod()\n").Stdout);
}
