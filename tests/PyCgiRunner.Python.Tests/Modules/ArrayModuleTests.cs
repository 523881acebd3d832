using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>array.array against CPython 2.7.18 on 64-bit little-endian Linux ('u' is 2 bytes: a narrow build).</summary>
public class ArrayModuleTests
{
    private static string Run(string body) => ModuleTestHost.Run("import array\nA = array.array\n" + body);

    private static string Try(string call) => Run($"try:\n    print repr({call})\nexcept Exception as e:\n    print type(e).__name__, e\n");

    [Theory]
    [InlineData("A('i', [1, 2])", "array('i', [1, 2])")]
    [InlineData("A('c', 'abc')", "array('c', 'abc')")]
    [InlineData("A('u', u'hi')", "array('u', u'hi')")]
    [InlineData("A('d')", "array('d')")]
    [InlineData("A('I', [1])", "array('I', [1L])")]
    [InlineData("A('f', [0.1])", "array('f', [0.10000000149011612])")]
    [InlineData("A('i', 'abcd')", "array('i', [1684234849])")]
    [InlineData("A('d', A('i', [1]))", "array('d', [1.0])")]
    [InlineData("A('i', (x for x in range(3)))", "array('i', [0, 1, 2])")]
    [InlineData("A('c', '\\x00\\'\"')", "array('c', '\\x00\\'\"')")]
    public void Constructor_Initializers_ReprAsCPython(string expr, string repr)
        => Assert.Equal(repr + "\n", Run($"print repr({expr})\n"));

    [Theory]
    [InlineData("c", "1", "'a'", "'a'")]
    [InlineData("b", "1", "[-128, 127]", "'\\x80\\x7f'")]
    [InlineData("B", "1", "[0, 255]", "'\\x00\\xff'")]
    [InlineData("u", "2", "u'a\\u1234'", "'a\\x004\\x12'")]
    [InlineData("h", "2", "[-2, 256]", "'\\xfe\\xff\\x00\\x01'")]
    [InlineData("H", "2", "[65535]", "'\\xff\\xff'")]
    [InlineData("i", "4", "[-1, 1]", "'\\xff\\xff\\xff\\xff\\x01\\x00\\x00\\x00'")]
    [InlineData("I", "4", "[4294967295]", "'\\xff\\xff\\xff\\xff'")]
    [InlineData("l", "8", "[-2]", "'\\xfe\\xff\\xff\\xff\\xff\\xff\\xff\\xff'")]
    [InlineData("L", "8", "[2**64-1]", "'\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff'")]
    [InlineData("f", "4", "[1.5]", "'\\x00\\x00\\xc0?'")]
    [InlineData("d", "8", "[1.5]", "'\\x00\\x00\\x00\\x00\\x00\\x00\\xf8?'")]
    public void Tostring_EachTypecode_IsLittleEndianLayout(string code, string size, string init, string bytes)
        => Assert.Equal($"{size} {bytes} True\n",
            Run($"a = A('{code}', {init})\ns = a.tostring()\nb = A('{code}')\nb.fromstring(s)\nprint a.itemsize, repr(s), a == b\n"));

    [Theory]
    [InlineData("b", "128", "OverflowError signed char is greater than maximum")]
    [InlineData("b", "-129", "OverflowError signed char is less than minimum")]
    [InlineData("b", "40000", "OverflowError signed short integer is greater than maximum")]
    [InlineData("B", "-1", "OverflowError unsigned byte integer is less than minimum")]
    [InlineData("B", "256", "OverflowError unsigned byte integer is greater than maximum")]
    [InlineData("h", "32768", "OverflowError signed short integer is greater than maximum")]
    [InlineData("H", "-1", "OverflowError unsigned short is less than minimum")]
    [InlineData("H", "2**31", "OverflowError signed integer is greater than maximum")]
    [InlineData("i", "2**31", "OverflowError signed integer is greater than maximum")]
    [InlineData("I", "-1", "OverflowError unsigned int is less than minimum")]
    [InlineData("I", "2**32", "OverflowError unsigned int is greater than maximum")]
    [InlineData("l", "2**63", "OverflowError Python int too large to convert to C long")]
    [InlineData("L", "-1", "OverflowError unsigned long is less than minimum")]
    [InlineData("L", "2**64", "OverflowError long int too large to convert")]
    [InlineData("i", "1.5", "TypeError integer argument expected, got float")]
    [InlineData("i", "'a'", "TypeError an integer is required")]
    [InlineData("c", "1", "TypeError array item must be char")]
    [InlineData("c", "'ab'", "TypeError array item must be char")]
    [InlineData("u", "'a'", "TypeError array item must be unicode character")]
    [InlineData("d", "'a'", "TypeError a float is required")]
    public void Append_BadItem_RaisesCPythonError(string code, string value, string expected)
        => Assert.Equal(expected + "\n", Try($"A('{code}').append({value})"));

    [Theory]
    [InlineData("A('x')", "ValueError bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)")]
    [InlineData("A('ii')", "TypeError array() argument 1 or typecode must be char (string or ascii-unicode with length 1), not str")]
    [InlineData("A('i', 'abc')", "ValueError string length not a multiple of item size")]
    [InlineData("A('i', 5)", "TypeError 'int' object is not iterable")]
    [InlineData("A(typecode='i')", "TypeError array.array() does not take keyword arguments")]
    [InlineData("A('i', [1])[1]", "IndexError array index out of range")]
    [InlineData("A('i', [1]).index(7)", "ValueError array.index(x): x not in list")]
    [InlineData("A('i', [1]) + [1]", "TypeError can only append array (not \"list\") to array")]
    [InlineData("A('i', [1]) + A('d')", "TypeError bad argument type for built-in operation")]
    [InlineData("A('i').pop()", "IndexError pop from empty array")]
    [InlineData("A('i').extend(A('d'))", "TypeError can only extend with array of same kind")]
    [InlineData("A('i').fromlist((1,))", "TypeError arg must be list")]
    [InlineData("A('i').tounicode()", "ValueError tounicode() may only be called on type 'u' arrays")]
    [InlineData("A('i').fromunicode(u'x')", "ValueError fromunicode() may only be called on type 'u' arrays")]
    [InlineData("hash(A('i'))", "TypeError unhashable type: 'array.array'")]
    [InlineData("A('i').tofile(5)", "TypeError arg must be open file")]
    public void Operations_BadUse_RaiseCPythonError(string call, string expected)
        => Assert.Equal(expected + "\n", Try(call));

    [Fact]
    public void SequenceProtocol_ListLikeOperations_MatchCPython()
        => Assert.Equal(
            "4 1 2 array('i', [2, 3]) array('i', [1, 3]) array('i', [2, 3, 2, 1])\n" +
            "2 1 True False\n" +
            "array('i', [1, 2, 3, 2, 9]) array('i', [1, 2, 1, 2]) array('i', [1, 2, 1, 2]) array('i')\n" +
            "True True True False\n" +
            "array('i', [100, 7, 7, 7, 2])\n" +
            "array('i', [0, 7, 0, 7, 2])\n" +
            "array('i', [7, 2])\n" +
            "[7, 2] ['a', 'b'] [u'a', u'b']\n" +
            "array('i', [7, 3, 2, 8, 1, 9]) 9 7 array('i', [3, 2, 8, 1])\n" +
            "array('h', [256, 1]) array('i', [1, 2, 1, 2])\n",
            Run("a = A('i', [1, 2, 3, 2])\n" +
                "print len(a), a[0], a[-1], a[1:3], a[::2], a[::-1]\n" +
                "print a.count(2), a.index(2), 2 in a, 5 in a\n" +
                "print a + A('i', [9]), A('i', [1, 2]) * 2, 2 * A('i', [1, 2]), a * -1\n" +
                "print a == A('i', [1, 2, 3, 2]), a == A('d', [1, 2, 3, 2]), a < A('i', [1, 3]), a == [1, 2, 3, 2]\n" +
                "b = A('i', [1, 2, 3, 2])\nb[0] = 100\nb[1:3] = A('i', [7, 7, 7])\nprint b\n" +
                "b[0:4:2] = A('i', [0, 0])\nprint b\n" +
                "del b[0]\ndel b[1:3:2]\ndel b[-2]\nprint b\n" +
                "print b.tolist(), A('c', 'ab').tolist(), A('u', u'ab').tolist()\n" +
                "c = A('i', [1, 2, 3])\nc.reverse()\nc.insert(0, 7)\nc.insert(-1, 8)\nc.insert(100, 9)\nprint c, c.pop(), c.pop(0), c\n" +
                "d = A('h', [1, 256])\nd.byteswap()\ne = A('i', [1])\ne += A('i', [2])\ne *= 2\nprint d, e\n"));

    [Fact]
    public void FromlistWithBadItem_LeavesArrayUnchanged()
        => Assert.Equal("TypeError an integer is required\narray('i', [1])\n",
            Run("a = A('i', [1])\ntry:\n    a.fromlist([2, 'x'])\nexcept TypeError, e:\n    print 'TypeError', e\nprint a\n"));

    [Fact]
    public void TofileThenFromfile_RoundTripsAndReportsShortRead()
        => Assert.Equal("EOFError not enough items in file\narray('i', [1, 2, 1, 2])\n",
            Run("a = A('i', [1, 2])\nf = open('data.bin', 'wb')\na.tofile(f)\nf.close()\n" +
                "b = A('i')\nf = open('data.bin', 'rb')\nb.fromfile(f, 2)\nf.close()\n" +
                "try:\n    b.fromfile(open('data.bin', 'rb'), 3)\nexcept EOFError, e:\n    print 'EOFError', e\nprint b\n"));

    [Fact]
    public void Module_Names_MatchCPython()
        => Assert.Equal("True array array <type 'array.array'> i 4 True\n",
            Run("print array.ArrayType is A, A.__name__, A.__module__, type(A('i')), A('i').typecode, A('i').itemsize, isinstance(A('c'), A)\n"));

    [Fact]
    public void Subclass_InstanceDictAndMethods_Work()
        => Assert.Equal("array('i', [1, 2]) 1 2 array\n",
            Run("class S(A):\n    pass\ns = S('i', [1])\ns.x = 1\ns.append(2)\nprint s, s.x, s[-1], type(s[0:1]).__name__\n"));
}
