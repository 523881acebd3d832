namespace PyCgiRunner.Python.Modules.Text.Marshal;

/// <summary>The type bytes of CPython 2.7's marshal format (Python/marshal.c).</summary>
internal static class MarshalCodes
{
    public const byte Null = (byte)'0';
    public const byte None = (byte)'N';
    public const byte False = (byte)'F';
    public const byte True = (byte)'T';
    public const byte StopIteration = (byte)'S';
    public const byte Ellipsis = (byte)'.';
    public const byte Int = (byte)'i';
    public const byte Int64 = (byte)'I';
    public const byte Float = (byte)'f';
    public const byte BinaryFloat = (byte)'g';
    public const byte Complex = (byte)'x';
    public const byte BinaryComplex = (byte)'y';
    public const byte Long = (byte)'l';
    public const byte String = (byte)'s';
    public const byte Interned = (byte)'t';
    public const byte StringRef = (byte)'R';
    public const byte Tuple = (byte)'(';
    public const byte List = (byte)'[';
    public const byte Dict = (byte)'{';
    public const byte Code = (byte)'c';
    public const byte Unicode = (byte)'u';
    public const byte Set = (byte)'<';
    public const byte FrozenSet = (byte)'>';

    /// <summary>Nesting deeper than this is refused both ways (MAX_MARSHAL_STACK_DEPTH).</summary>
    public const int MaxDepth = 2000;
}
