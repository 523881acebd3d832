using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// set and frozenset against CPython 2.7.18 (every expected output is what CPython 2.7.18 printed for the same
/// source): 2.7's set table follows the dict table's rules, and the algebra decides which operand is iterated
/// and how results are filled, which shows in their order.
/// </summary>
public sealed class SetTableTests
{
    /// <summary>Set.pop uses the same search finger as dict.popitem.</summary>
    [Fact]
    public void Set_Pop_ScansFromTheFingerPastTheLastPop()
    {
        const string source =
            "s = set((1, 2, 3, 4, 5))\n" +
            "print s.pop(), s.pop()\n" +
            "s.add(10)\n" +
            "print s.pop(), s.pop()\n" +
            "s.add(0)\n" +
            "print s.pop(), list(s)\n";
        Assert.Equal("1 2\n3 4\n0 [5, 10]\n", Py.Out(source));
    }

    /// <summary>A & b and b & a both iterate the smaller a, so both give its order.</summary>
    [Fact]
    public void Set_Intersection_IteratesTheSmallerSet()
    {
        const string source =
            "a = set()\n" +
            "for k in (20, 92, 64): a.add(k)\n" +
            "b = set()\n" +
            "for k in (20, 92, 268, 132, 100, 200): b.add(k)\n" +
            "print list(a), list(b)\n" +
            "print list(a & b), list(b & a), list(a.intersection(b)), list(b.intersection(list(a)))\n";
        Assert.Equal("[64, 92, 20] [132, 200, 268, 20, 100, 92]\n[20, 92] [20, 92] [20, 92] [20, 92]\n", Py.Out(source));
    }

    /// <summary>Difference_update purges dummies, discard() does not.</summary>
    [Fact]
    public void Set_DifferenceUpdate_RebuildsTheTableWhenAFifthIsDummies()
    {
        const string source =
            "s = set()\n" +
            "for k in (92, 72, 24, 160, 0, 88, 156, 12, 196, 100): s.add(k)\n" +
            "t = set()\n" +
            "for k in (92, 72, 24, 160, 0, 88, 156, 12, 196, 100): t.add(k)\n" +
            "print list(s) == list(t)\n" +
            "s.difference_update((92, 160, 88, 196, 0, 100, 12))\n" +
            "print list(s)\n" +
            "for k in (92, 160, 88, 196, 0, 100, 12): t.discard(k)\n" +
            "print list(t)\n";
        Assert.Equal("True\n[24, 72, 156]\n[72, 156, 24]\n", Py.Out(source));
    }

    /// <summary>A ^ b is a copy of b updated with a.</summary>
    [Fact]
    public void Set_SymmetricDifference_StartsFromTheOtherOperand()
    {
        const string source =
            "a = set((0, 8, 16))\n" +
            "b = set((24, 8, 32))\n" +
            "print list(a ^ b), list(b ^ a), list(a.symmetric_difference([32, 24, 8]))\n" +
            "a ^= b\n" +
            "print list(a)\n";
        Assert.Equal("[24, 16, 0, 32] [0, 32, 16, 24] [32, 24, 16, 0]\n[0, 32, 16, 24]\n", Py.Out(source));
    }

    /// <summary>Set_merge reinserts; it does not copy the source layout.</summary>
    [Fact]
    public void Set_OfASet_MergesInTableOrderIntoAFreshTable()
    {
        const string source =
            "s = set()\n" +
            "for k in (4, 44, 48, 80, 12, 8): s.add(k)\n" +
            "for k in (8, 4): s.discard(k)\n" +
            "print list(s), list(set(s)), list(s.copy()), list(frozenset(s))\n";
        Assert.Equal("[80, 12, 44, 48] [80, 44, 12, 48] [80, 44, 12, 48] [80, 44, 12, 48]\n", Py.Out(source));
    }

    /// <summary>Set(d) from an exact dict.</summary>
    [Fact]
    public void Set_OfADict_ResizesUpFrontThenAddsInTableOrder()
    {
        const string source =
            "d = {}\n" +
            "for k in range(0, 48, 8): d[k] = 0\n" +
            "print d.keys(), list(set(d)), list(set(d.keys()))\n";
        Assert.Equal("[0, 32, 8, 16, 40, 24] [0, 32, 16, 40, 8, 24] [0, 32, 40, 16, 8, 24]\n", Py.Out(source));
    }

    /// <summary>BUILD_SET adds the items in source order.</summary>
    [Fact]
    public void Set_DisplayAndComprehension_AddLeftToRight()
    {
        const string source =
            "print list({1, 0, 8}), list({8, 0, 16}), list({0, 8, 16}), list(set([16, 0, 8])), list({k for k in (16, 8, 0)})\n";
        Assert.Equal("[0, 1, 8] [8, 0, 16] [0, 8, 16] [16, 0, 8] [16, 8, 0]\n", Py.Out(source));
    }

    /// <summary>Frozenset_hash.</summary>
    [Fact]
    public void Set_FrozensetHash_IsCPythonsAndOrderIndependent()
    {
        const string source =
            "print hash(frozenset()), hash(frozenset([1, 2, 3])), hash(frozenset([3, 2, 1])), hash(frozenset(['a', 'b'])), hash(frozenset([frozenset([1])]))\n";
        Assert.Equal("133156838395276 -7699079583225461316 -7699079583225461316 3138257626259684061 -5738585316048246863\n", Py.Out(source));
    }

    /// <summary>2.7 builds results with the type of the left operand; frozenset() is a singleton.</summary>
    [Fact]
    public void Set_OperationsOnASubclass_ReturnTheSubclass()
    {
        const string source =
            "class S(set): pass\n" +
            "print type(S([1]) | set([2])).__name__, type(S([1]) & set([1])).__name__, type(S([1]).copy()).__name__, type(set([1]) | S([2])).__name__\n" +
            "print frozenset() is frozenset(), frozenset(frozenset([1]))\n";
        Assert.Equal("S S S set\nTrue frozenset([1])\n", Py.Out(source));
    }
}
