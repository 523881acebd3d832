namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>The character classes of the CATEGORY opcode (sre_constants.CHCODES order).</summary>
internal static class SreCategory
{
    public const uint Digit = 0;
    public const uint NotDigit = 1;
    public const uint Space = 2;
    public const uint NotSpace = 3;
    public const uint Word = 4;
    public const uint NotWord = 5;
    public const uint Linebreak = 6;
    public const uint NotLinebreak = 7;
    public const uint LocWord = 8;
    public const uint LocNotWord = 9;
    public const uint UniDigit = 10;
    public const uint UniNotDigit = 11;
    public const uint UniSpace = 12;
    public const uint UniNotSpace = 13;
    public const uint UniWord = 14;
    public const uint UniNotWord = 15;
    public const uint UniLinebreak = 16;
    public const uint UniNotLinebreak = 17;
    public const uint Count = 18;
}
