namespace PyCgiRunner.Python.Tests.Strings;

/// <summary>bytearray basics. Expected outputs were produced by CPython 2.7.18.</summary>
public class ByteArrayTests
{
    [Fact]
    public void ByteArray_Basics_BehaveLikeCPython()
    {
        const string source = "b = bytearray(\"ab\")\nb.append(99)\nb.extend([100])\nb += \"e\"\nprint repr(b), b[0], repr(b[1:3]), str(b), len(b), list(bytearray(\"hi\")), repr(bytearray(3)), repr(bytearray(u\"\\xe9\", \"utf-8\")), b.decode(\"ascii\"), repr(b + \"f\")\n";
        Assert.Equal("bytearray(b'abcde') 97 bytearray(b'bc') abcde 5 [104, 105] bytearray(b'\\x00\\x00\\x00') bytearray(b'\\xc3\\xa9') abcde bytearray(b'abcdef')\n", Snippet.Run(source));
    }

    [Fact]
    public void ByteArray_Repr_ChoosesQuotes()
    {
        const string source = "print repr(bytearray(\"a'b\")), repr(bytearray(\"a\\\"b\")), repr(bytearray(\"\\x00\\xff\\\\\"))\n";
        Assert.Equal("bytearray(b\"a\\'b\") bytearray(b'a\"b') bytearray(b'\\x00\\xff\\\\')\n", Snippet.Run(source));
    }

    [Fact]
    public void ByteArray_BadValues_RaiseCPythonErrors()
    {
        const string source = "for f in [lambda: bytearray([256]), lambda: bytearray(u\"x\"), lambda: bytearray(-1), lambda: hash(bytearray())]:\n    try:\n        f()\n    except (ValueError, TypeError), e:\n        print type(e).__name__, e\n";
        Assert.Equal("ValueError byte must be in range(0, 256)\nTypeError unicode argument without an encoding\nValueError negative count\nTypeError unhashable type: 'bytearray'\n", Snippet.Run(source));
    }
}
