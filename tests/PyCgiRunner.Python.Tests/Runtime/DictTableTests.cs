using PyCgiRunner.Python.Runtime;
using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// The dict table against CPython 2.7.18: every expected output below is what CPython 2.7.18 printed for the same
/// source (`python2.7 snippet.py`). Small int keys make the slots visible: an int is its own hash, so the initial
/// slot is the key modulo the table size (8, 32, ...), and the order of keys() is the order of the slots.
/// </summary>
public sealed class DictTableTests
{
    /// <summary>Ints are their own hashes: 0, 8 and 16 all start at slot 0 of the 8-slot table.</summary>
    [Fact]
    public void Dict_IntKeysSharingASlot_FollowTheProbeSequence()
    {
        const string source =
            "d = {}\n" +
            "for k in (1, 0, 8, 16): d[k] = k\n" +
            "print d.keys()\n" +
            "e = {}\n" +
            "for k in (16, 8, 0, 1): e[k] = k\n" +
            "print e.keys()\n";
        Assert.Equal("[0, 1, 8, 16]\n[16, 8, 0, 1]\n", Py.Out(source));
    }

    /// <summary>A dummy keeps 16 findable and is the first free slot on the chain.</summary>
    [Fact]
    public void Dict_DeletedKey_LeavesADummyThatKeepsTheChainAndIsReused()
    {
        const string source =
            "d = {}\n" +
            "for k in (0, 8, 16): d[k] = k\n" +
            "del d[8]\n" +
            "print 16 in d, d.keys()\n" +
            "d[24] = 1\n" +
            "print d.keys()\n" +
            "d[8] = 2\n" +
            "print d.keys()\n";
        Assert.Equal("True [0, 16]\n[0, 24, 16]\n[0, 24, 16, 8]\n", Py.Out(source));
    }

    /// <summary>Five keys fit the 8 slots; the sixth makes fill*3 >= 16 and the table grows to used*4.</summary>
    [Fact]
    public void Dict_SixthKey_ResizesToThirtyTwoSlots()
    {
        const string source =
            "d = {}\n" +
            "for k in (0, 8, 1, 9, 2): d[k] = k\n" +
            "print d.keys()\n" +
            "d[3] = 3\n" +
            "print d.keys()\n";
        Assert.Equal("[0, 8, 2, 9, 1]\n[0, 1, 2, 3, 8, 9]\n", Py.Out(source));
    }

    /// <summary>16 lands in a never-used slot (fill 6: the table grows), 17 reuses the dummy 1 left (fill stays 5).</summary>
    [Fact]
    public void Dict_DummiesCountTowardsTheFill_GrowthDependsOnWhereTheNewKeyLands()
    {
        const string source =
            "d = dict.fromkeys((0, 8, 1, 9, 2))\n" +
            "del d[1]\n" +
            "d[16] = 0\n" +
            "print d.keys()\n" +
            "e = dict.fromkeys((0, 8, 1, 9, 2))\n" +
            "del e[1]\n" +
            "e[17] = 0\n" +
            "print e.keys()\n";
        Assert.Equal("[0, 2, 8, 9, 16]\n[0, 8, 2, 9, 17]\n", Py.Out(source));
    }

    /// <summary>The resize reinserts 16, 24, 0, 1 in their old slot order.</summary>
    [Fact]
    public void Dict_Resize_DropsDummiesAndReinsertsInOldTableOrder()
    {
        const string source =
            "d = {}\n" +
            "for k in (8, 16, 24, 0, 1): d[k] = 0\n" +
            "del d[8]\n" +
            "print d.keys()\n" +
            "d[2] = 0\n" +
            "print d.keys()\n";
        Assert.Equal("[16, 1, 24, 0]\n[0, 1, 2, 16, 24]\n", Py.Out(source));
    }

    /// <summary>The finger in slot 0 skips 10, which refilled the slot popped last.</summary>
    [Fact]
    public void Dict_Popitem_TakesSlotZeroElseScansFromTheFingerPastTheLastPop()
    {
        const string source =
            "d = dict.fromkeys((1, 2, 3, 4, 5))\n" +
            "print d.popitem(), d.popitem()\n" +
            "d[10] = 10\n" +
            "print d.popitem(), d.popitem()\n" +
            "d[0] = 0\n" +
            "print d.popitem(), d.keys()\n";
        Assert.Equal("(1, None) (2, None)\n(3, None) (4, None)\n(0, 0) [5, 10]\n", Py.Out(source));
    }

    /// <summary>After clear the table and the popitem finger start over.</summary>
    [Fact]
    public void Dict_Clear_GoesBackToAnEmptyEightSlotTable()
    {
        const string source =
            "d = dict.fromkeys(range(40))\n" +
            "for i in range(30): d.popitem()\n" +
            "d.clear()\n" +
            "for k in (8, 0, 3): d[k] = 0\n" +
            "print d.keys(), d.popitem()\n";
        Assert.Equal("[8, 0, 3] (8, 0)\n", Py.Out(source));
    }

    /// <summary>Copy() and dict(d) merge into a fresh 8-slot table, so their order differs from the 32-slot original.</summary>
    [Fact]
    public void Dict_CopyAndDictOfDict_RebuildASmallerTable()
    {
        const string source =
            "d = {}\n" +
            "for k in (128, 56, 248, 24, 192, 392, 16, 168, 8, 136, 344, 368): d[k] = 0\n" +
            "for k in (392, 136, 56, 248, 368, 16, 24, 344): del d[k]\n" +
            "print d.keys()\n" +
            "print d.copy().keys()\n" +
            "print dict(d).keys()\n";
        Assert.Equal("[128, 192, 8, 168]\n[128, 192, 168, 8]\n[128, 192, 168, 8]\n", Py.Out(source));
    }

    /// <summary>Fromkeys of a dict or set presizes for len/2*3 keys; of a list it grows as it goes.</summary>
    [Fact]
    public void Dict_FromKeysOfDictOrSet_PresizesTheTable()
    {
        const string source =
            "d = {}\n" +
            "for k in range(0, 64, 4): d[k] = 0\n" +
            "print dict.fromkeys(d).keys()\n" +
            "print dict.fromkeys(set(d)).keys()\n" +
            "print dict.fromkeys(list(d)).keys()\n";
        Assert.Equal("[0, 32, 4, 16, 8, 12, 44, 28, 48, 40, 20, 24, 56, 36, 60, 52]\n[0, 32, 4, 48, 8, 44, 12, 60, 16, 40, 20, 56, 24, 36, 28, 52]\n[0, 32, 4, 16, 8, 12, 44, 28, 48, 40, 20, 24, 56, 36, 60, 52]\n", Py.Out(source));
    }

    /// <summary>Update() resizes for both dicts first and then inserts without growth checks.</summary>
    [Fact]
    public void Dict_UpdateFromDict_ResizesOnceUpFront()
    {
        const string source =
            "e = {}\n" +
            "for k in (268, 32, 136, 68, 152, 160): e[k] = 0\n" +
            "d = {280: 0, 192: 0}\n" +
            "d.update(e)\n" +
            "print d.keys()\n" +
            "f = {280: 0, 192: 0}\n" +
            "for k in e: f[k] = 0\n" +
            "print f.keys()\n";
        Assert.Equal("[192, 32, 68, 136, 160, 268, 152, 280]\n[192, 160, 68, 32, 136, 268, 152, 280]\n", Py.Out(source));
    }

    /// <summary>
    /// A key whose __eq__ empties or fills the dict mid-lookup: the search starts over (lookdict), no hang.
    /// CPython 2.7.18 prints the same three lines.
    /// </summary>
    [Fact]
    public void Dict_KeyEqualityChangesTheDict_LookupStartsOver()
    {
        const string source =
            "class K(object):\n" +
            "    def __init__(self, h): self.h = h\n" +
            "    def __hash__(self): return self.h\n" +
            "    def __eq__(self, other):\n" +
            "        d.clear()\n" +
            "        return False\n" +
            "d = {}\n" +
            "d[K(1)] = 1\n" +
            "d[K(1)] = 2\n" +
            "print len(d)\n" +
            "class G(object):\n" +
            "    def __hash__(self): return 0\n" +
            "    def __eq__(self, other):\n" +
            "        for i in range(100): d[i * 8 + 1] = i\n" +
            "        return False\n" +
            "d = {}\n" +
            "d[G()] = 1\n" +
            "d[G()] = 2\n" +
            "print len(d), 0 in d\n" +
            "print {}, set(), frozenset()\n";
        // The last line checks that no write went into the table all empty dicts share.
        Assert.Equal("1\n102 False\n{} set([]) frozenset([])\n", Py.Out(source));
    }

    /// <summary>Request threads read builtin dicts at once: lookups never write, so concurrent readers all agree.</summary>
    [Fact]
    public void Dict_ReadConcurrently_EveryReaderFindsEveryKey()
    {
        var d = new PyDict();
        for (var i = 0; i < 5000; i++) d.SetStr("name" + i, PyInt.Get(i));
        var misses = 0;
        Parallel.For(0, 8, _ =>
        {
            for (var i = 0; i < 5000; i++)
                if (!d.TryGetStr("name" + i, out var v) || ((PyInt)v).Value != i) Interlocked.Increment(ref misses);
        });
        Assert.Equal(0, misses);
    }
}
