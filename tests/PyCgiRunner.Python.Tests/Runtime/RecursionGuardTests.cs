using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// Every recursive path of the engine ends in a Python exception, never a .NET stack overflow (issue 7 item 2,
/// issue 9 item 1), on the server's large stack and on a 1 MB thread alike, whatever the recursion limit.
/// Messages are CPython 2.7.18's where CPython itself survives the input.
/// </summary>
public sealed class RecursionGuardTests
{
    private const string Deep = "a = []\nb = []\nfor i in range(200000):\n    a = [a]\n    b = [b]\n";

    public static TheoryData<string, string> Cases => new()
    {
        { "eval('(' * 300000)", "MemoryError" },
        { "eval('[' * 10**6 + ']' * 10**6)", "MemoryError" },
        { "eval('-' * 100000 + '1')", "MemoryError" },
        { "eval('lambda:' * 100000 + '1')", "MemoryError" },
        { "a = []; a.append(a); b = []; b.append(b); a == b", "RuntimeError: maximum recursion depth exceeded in cmp" },
        { Deep + "a == b", "RuntimeError: maximum recursion depth exceeded in cmp" },
        { Deep + "sorted([a, b])", "RuntimeError: maximum recursion depth exceeded in cmp" },
        { "a = {}; b = {}\nfor i in range(200000):\n    a = {1: a}; b = {1: b}\na == b", "RuntimeError: maximum recursion depth exceeded in cmp" },
        { Deep + "repr(a)", "RuntimeError: maximum recursion depth exceeded while getting the repr of an object" },
        { "d = {}\nfor i in range(200000):\n    d = {1: d}\nstr(d)", "RuntimeError: maximum recursion depth exceeded while getting the repr of an object" },
        { "t = ()\nfor i in range(200000):\n    t = (t,)\nhash(t)", "RuntimeError: maximum recursion depth exceeded" },
        { "t = int\nfor i in range(200000):\n    t = (t,)\nisinstance(1, t)", "RuntimeError: maximum recursion depth exceeded in __instancecheck__" },
        { "t = int\nfor i in range(200000):\n    t = (t,)\nissubclass(int, t)", "RuntimeError: maximum recursion depth exceeded in __subclasscheck__" },
        { "class C(object): pass\nC.__call__ = C()\nC()()", "RuntimeError: maximum recursion depth exceeded while calling a Python object" },
        { "class C: pass\nC.__call__ = C()\nC()()", "RuntimeError: maximum recursion depth exceeded while calling a Python object" },
        { "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    try:\n        return f(n + 1)\n    finally:\n        pass\nf(0)", "RuntimeError: maximum recursion depth exceeded" },
        { "import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    try:\n        f(n + 1)\n    except ZeroDivisionError:\n        pass\nf(0)", "RuntimeError: maximum recursion depth exceeded" },
        { "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    try:\n        f(n + 1)\n    except RuntimeError:\n        raise\nf(0)", "RuntimeError: maximum recursion depth exceeded" },
        { "import sys\nsys.setrecursionlimit(10**5)\nclass M(object):\n    def __enter__(self): pass\n    def __exit__(self, *a): pass\ndef f():\n    with M():\n        f()\nf()", "RuntimeError: maximum recursion depth exceeded" },
        { "import sys\nsys.setrecursionlimit(10**6)\ndef g(n):\n    for x in g(n + 1):\n        yield x\n    yield n\nlist(g(0))", "RuntimeError: maximum recursion depth exceeded" },
        { "import sys\nsys.setrecursionlimit(10**6)\ndef f(n):\n    return f(n + 1)\nf(0)", "RuntimeError: maximum recursion depth exceeded" },
        { "import functools\np = len\nfor i in range(50000):\n    p = functools.partial(p)\np('ab')", "RuntimeError: maximum recursion depth exceeded" },
        { "import copy\nl = []\nfor i in range(100000):\n    l = [l]\ncopy.deepcopy(l)", "RuntimeError: maximum recursion depth exceeded" },
        { "import cPickle\nl = []\nfor i in range(100000):\n    l = [l]\ncPickle.dumps(l)", "RuntimeError: maximum recursion depth exceeded" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void DeepRecursion_OnTheServerStack_IsAPythonException(string source, string expected)
    {
        var o = Py.Run(source);
        Assert.StartsWith(expected, o.LastErrorLine);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DeepRecursion_OnA1MBThread_IsAPythonException(string source, string expected)
    {
        var o = RunOnSmallStack(source);
        Assert.StartsWith(expected.Split(':')[0], o.LastErrorLine);
    }

    /// <summary>Chains as long as the source (no bracket nesting) compile and run within any stack.</summary>
    [Theory]
    [InlineData("print eval('1+' * 100000 + '1')", "100001\n")]
    [InlineData("f = lambda: f\nprint eval('f' + '()' * 50000) is f", "True\n")]
    [InlineData("class A(object): pass\na = A(); a.a = a\nprint eval('a' + '.a' * 50000) is a", "True\n")]
    public void LongChains_OnTheServerStack_Evaluate(string source, string expected)
    {
        Assert.Equal(expected, Py.Out(source));
    }

    [Theory]
    [InlineData("print eval('1+' * 100000 + '1')")]
    [InlineData("f = lambda: f\nprint eval('f' + '()' * 100000) is f")]
    [InlineData("def g():\n    return eval('1+' * 30000 + '1')\ndef f(n):\n    return g() if n == 0 else f(n - 1)\nprint f(100)")]
    public void LongChains_OnA1MBThread_ResultOrRuntimeError(string source)
    {
        var o = RunOnSmallStack(source);
        Assert.True(o.Result.ExitCode == 0 || o.LastErrorLine.StartsWith("RuntimeError: maximum recursion depth exceeded"), o.Stderr);
    }

    private static Py.Outcome RunOnSmallStack(string source)
    {
        Py.Outcome? outcome = null;
        var thread = new Thread(() => outcome = Py.Run(source, onCurrentThread: true), 1024 * 1024);
        thread.Start();
        thread.Join();
        return outcome!;
    }
}
