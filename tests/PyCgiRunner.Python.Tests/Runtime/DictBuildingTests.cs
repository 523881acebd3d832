using PyCgiRunner.Python.Tests.Support;

namespace PyCgiRunner.Python.Tests.Runtime;

/// <summary>
/// How dicts get built, against CPython 2.7.18 (every expected output is what CPython 2.7.18 printed for the same
/// source): displays, comprehensions and keyword arguments insert in CPython's order and presize as it does,
/// hashes place the keys where CPython's do, views follow the table.
/// </summary>
public sealed class DictBuildingTests
{
    /// <summary>BUILD_MAP 8 starts with 16 slots and stays there, while eight assignments grow the table to 32.</summary>
    [Fact]
    public void Dict_DisplayOfMoreThanFiveItems_IsPresized()
    {
        const string source =
            "print {192: 0, 8: 0, 152: 0, 48: 0, 24: 0, 16: 0, 40: 0, 112: 0}.keys()\n" +
            "d = {}\n" +
            "for k in (192, 8, 152, 48, 24, 16, 40, 112): d[k] = 0\n" +
            "print d.keys()\n";
        Assert.Equal("[192, 152, 40, 24, 48, 8, 112, 16]\n[192, 48, 8, 112, 16, 24, 40, 152]\n", Py.Out(source));
    }

    /// <summary>Python 2.7 evaluates a dict display or comprehension value first.</summary>
    [Fact]
    public void Dict_DisplayAndComprehension_EvaluateTheValueBeforeTheKey()
    {
        const string source =
            "def k(x):\n" +
            "    print 'key', x\n" +
            "    return x\n" +
            "def v(x):\n" +
            "    print 'value', x\n" +
            "    return x\n" +
            "print {k(1): v(2)}\n" +
            "print {k(i): v(i * 10) for i in (3,)}\n";
        Assert.Equal("value 2\nkey 1\n{1: 2}\nvalue 30\nkey 3\n{3: 30}\n", Py.Out(source));
    }

    /// <summary>A plain call binds left to right; a class call and dict() get a dict built last keyword first.</summary>
    [Fact]
    public void Dict_KeywordArguments_ReachKwargsInCPythonsOrder()
    {
        const string source =
            "def f(**kw): return kw.keys()\n" +
            "class C(object):\n" +
            "    def __init__(self, **kw): self.keys = kw.keys()\n" +
            "print f(k3=0, k13=1, k22=2)\n" +
            "print C(k3=0, k13=1, k22=2).keys\n" +
            "print dict(k3=0, k13=1, k22=2).keys()\n" +
            "print f(**{'k22': 0, 'k13': 1, 'k3': 2})\n" +
            "print f(k3=0, **{'k13': 1, 'k22': 2})\n";
        Assert.Equal("['k3', 'k13', 'k22']\n['k22', 'k13', 'k3']\n['k22', 'k13', 'k3']\n['k22', 'k13', 'k3']\n['k13', 'k22', 'k3']\n", Py.Out(source));
    }

    /// <summary>Dict and set iterators notice a size change.</summary>
    [Fact]
    public void Dict_SizeChangeDuringIteration_RaisesWithEachTypesMessage()
    {
        const string source =
            "d = {1: 1}\n" +
            "try:\n" +
            "    for k in d: d[k + 1] = 1\n" +
            "except RuntimeError as e: print e\n" +
            "s = set([1])\n" +
            "try:\n" +
            "    for k in s: s.add(k + 1)\n" +
            "except RuntimeError as e: print e\n";
        Assert.Equal("dictionary changed size during iteration\nSet changed size during iteration\n", Py.Out(source));
    }

    /// <summary>The hash of a long (long_hash), which decides where long keys land.</summary>
    [Fact]
    public void Dict_LongHashes_FoldModuloTwoToTheSixtyFourMinusOne()
    {
        const string source =
            "print hash(2**64), hash(2**64 - 1), hash(-(2**64)), hash(10**20), hash(-10**20), hash(2**70), hash(1e20), hash(3**80)\n";
        Assert.Equal("1 -2 -2 7766279631452241925 -7766279631452241925 64 7766279631452241925 -6044592214148745475\n", Py.Out(source));
    }

    /// <summary>String hashes place the keys.</summary>
    [Fact]
    public void Dict_StringKeys_ComeOutInTableOrder()
    {
        const string source =
            "keys = ['name', 'email', 'age', 'city', 'zip', 'phone', 'id', 'title', 'url', 'country']\n" +
            "d = {}\n" +
            "for k in keys: d[k] = len(k)\n" +
            "print d\n" +
            "for k in keys[::3]: del d[k]\n" +
            "print d\n" +
            "print set(keys)\n";
        Assert.Equal("{'city': 4, 'name': 4, 'zip': 3, 'title': 5, 'url': 3, 'country': 7, 'age': 3, 'id': 2, 'phone': 5, 'email': 5}\n{'zip': 3, 'title': 5, 'url': 3, 'age': 3, 'phone': 5, 'email': 5}\nset(['city', 'name', 'zip', 'title', 'url', 'country', 'age', 'id', 'phone', 'email'])\n", Py.Out(source));
    }

    /// <summary>Viewkeys/viewvalues/viewitems follow the dict.</summary>
    [Fact]
    public void Dict_Views_AreLiveAndSetLike()
    {
        const string source =
            "d = {'a': 1, 'b': 2, 'c': 3}\n" +
            "k = d.viewkeys()\n" +
            "print k, d.viewvalues(), d.viewitems()\n" +
            "d['z'] = 0\n" +
            "print list(k), k & set('az'), ('z', 'q') & k, k == set('abcz')\n";
        Assert.Equal("dict_keys(['a', 'c', 'b']) dict_values([1, 3, 2]) dict_items([('a', 1), ('c', 3), ('b', 2)])\n['a', 'c', 'b', 'z'] set(['a', 'z']) set(['z']) True\n", Py.Out(source));
    }
}
