using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>struct round trips and CPython 2.7.18's sizes, layouts and error messages.</summary>
public class StructModuleTests
{
    [Theory]
    [InlineData("<ihd", "(-5, 300, 2.5)")]
    [InlineData(">QqBb?", "(18446744073709551615L, -9223372036854775808L, 255, -128, True)")]
    [InlineData("@bhiqlLP", "(1, 2, 3, 4, 5, 6, 7)")]
    [InlineData("!4s2p", "('RIFF', 'x')")]
    public void StructPack_ThenUnpack_RoundTrips(string format, string values)
    {
        var output = ModuleTestHost.Run($"import struct\nv = {values}\nprint struct.unpack('{format}', struct.pack('{format}', *v)) == v\n");
        Assert.Equal("True\n", output);
    }

    [Fact]
    public void StructCalcsize_NativeAlignment_MatchesCPython()
        => Assert.Equal("15 16 8 8 8\n", ModuleTestHost.Run("import struct\nprint struct.calcsize('!bhiq'), struct.calcsize('@bhiq'), struct.calcsize('@bi'), struct.calcsize('@ci0q'), struct.calcsize('@l')\n"));

    [Theory]
    [InlineData("struct.pack('<B', 256)", "ubyte format requires 0 <= number <= 255")]
    [InlineData("struct.pack('<h', 40000)", "short format requires SHRT_MIN <= number <= SHRT_MAX")]
    [InlineData("struct.pack('<i', 2**31)", "'i' format requires -2147483648 <= number <= 2147483647")]
    [InlineData("struct.pack('<I', -1)", "integer out of range for 'I' format code")]
    [InlineData("struct.unpack('<I', 'abc')", "unpack requires a string argument of length 4")]
    [InlineData("struct.pack('<I')", "pack expected 1 items for packing (got 0)")]
    [InlineData("struct.unpack_from('<I', 'ab', 1)", "unpack_from requires a buffer of at least 4 bytes")]
    [InlineData("struct.calcsize('<z')", "bad char in struct format")]
    public void Struct_BadArguments_RaiseStructError(string call, string message)
        => Assert.Equal(message + "\n", ModuleTestHost.Run($"import struct\ntry:\n    {call}\nexcept struct.error, e:\n    print e\n"));
}
