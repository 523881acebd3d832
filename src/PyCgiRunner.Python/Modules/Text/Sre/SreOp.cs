namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// The opcodes of compiled patterns: their numbers are the positions in sre_constants.OPCODES of the library's
/// sre_constants.py (MAGIC 20031017), which sre_compile emits and this engine reads.
/// </summary>
internal static class SreOp
{
    public const uint Failure = 0;
    public const uint Success = 1;
    public const uint Any = 2;
    public const uint AnyAll = 3;
    public const uint Assert = 4;
    public const uint AssertNot = 5;
    public const uint At = 6;
    public const uint Branch = 7;
    public const uint Call = 8;
    public const uint Category = 9;
    public const uint Charset = 10;
    public const uint BigCharset = 11;
    public const uint GroupRef = 12;
    public const uint GroupRefExists = 13;
    public const uint GroupRefIgnore = 14;
    public const uint In = 15;
    public const uint InIgnore = 16;
    public const uint Info = 17;
    public const uint Jump = 18;
    public const uint Literal = 19;
    public const uint LiteralIgnore = 20;
    public const uint Mark = 21;
    public const uint MaxUntil = 22;
    public const uint MinUntil = 23;
    public const uint NotLiteral = 24;
    public const uint NotLiteralIgnore = 25;
    public const uint Negate = 26;
    public const uint Range = 27;
    public const uint Repeat = 28;
    public const uint RepeatOne = 29;
    public const uint Subpattern = 30;
    public const uint MinRepeatOne = 31;

    /// <summary>The repeat bound sre_parse uses for "no upper bound" (_sre.MAXREPEAT, all bits of a code word).</summary>
    public const uint MaxRepeat = uint.MaxValue;

    /// <summary>SRE_INFO_* bits in the flags word of an INFO block.</summary>
    public const uint InfoPrefix = 1;
    public const uint InfoLiteral = 2;
    public const uint InfoCharset = 4;
}
