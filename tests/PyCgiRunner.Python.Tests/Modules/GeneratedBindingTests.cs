using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>
/// The binding the source generator writes for [PythonModule] functions, seen through _bisect: keyword and
/// positional binding, defaults, conversions and CPython 2.7.18's messages (expected outputs from the oracle).
/// </summary>
public class GeneratedBindingTests
{
    [Theory]
    [InlineData("_bisect.bisect_right([1, 2, 3], 2, 0, -1)", "2")]
    [InlineData("_bisect.bisect_left([1, 2, 2, 3], 2, lo=1)", "1")]
    [InlineData("_bisect.bisect_right([1, 2, 3], 2, hi=None)", "TypeError: an integer is required")]
    [InlineData("_bisect.bisect_right([1, 2, 3], 2, -1)", "ValueError: lo must be non-negative")]
    [InlineData("_bisect.bisect_right([1, 2, 3])", "TypeError: Required argument 'x' (pos 2) not found")]
    [InlineData("_bisect.bisect_right([1, 2, 3], 1, 2, 3, 4)", "TypeError: bisect_right() takes at most 4 arguments (5 given)")]
    [InlineData("_bisect.bisect_right([1, 2, 3], 1, zz=3)", "TypeError: 'zz' is an invalid keyword argument for this function")]
    [InlineData("_bisect.bisect_right([1, 2, 3], 1, 1.5)", "TypeError: integer argument expected, got float")]
    [InlineData("_bisect.bisect_right([1, 2, 3], 1, x=2)", "TypeError: Argument given by name ('x') and position (2)")]
    public void Bisect_Arguments_BindAsCPython(string call, string expected)
        => Assert.Equal(expected + "\n", ModuleTestHost.Run(
            $"import _bisect\ntry:\n    print {call}\nexcept Exception, e:\n    print '%s: %s' % (type(e).__name__, e)\n"));

    [Fact]
    public void Insort_OnListAndOnObjectWithInsert_InsertsInOrder()
        => Assert.Equal("[1, 1, 3, 4, 5] ['a', 'b', 'c']\n", ModuleTestHost.Run(
            "import _bisect\na = [1, 3, 5]\n_bisect.insort(a, 4)\n_bisect.insort_left(a, 1)\n" +
            "class L(list):\n    def insert(self, i, x):\n        list.insert(self, i, x)\nb = L(['a', 'c'])\n_bisect.insort_right(b, 'b')\nprint a, b\n"));
}
