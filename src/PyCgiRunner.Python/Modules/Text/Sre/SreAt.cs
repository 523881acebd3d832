namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>The position codes of the AT opcode (sre_constants.ATCODES order).</summary>
internal static class SreAt
{
    public const uint Beginning = 0;
    public const uint BeginningLine = 1;
    public const uint BeginningString = 2;
    public const uint Boundary = 3;
    public const uint NonBoundary = 4;
    public const uint End = 5;
    public const uint EndLine = 6;
    public const uint EndString = 7;
    public const uint LocBoundary = 8;
    public const uint LocNonBoundary = 9;
    public const uint UniBoundary = 10;
    public const uint UniNonBoundary = 11;
}
