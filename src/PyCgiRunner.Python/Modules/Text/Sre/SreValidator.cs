namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// Checks compiled code before a pattern object is made from it (_sre.c's _validate): every skip stays inside
/// its block, every operand is in range, blocks end with the opcode the matcher expects. The matcher relies on
/// this and never bounds-checks the code. sre_compile's output always passes; anything else is the
/// RuntimeError("invalid SRE code") that CPython raises. Jumps only go forward and never cross, so each block is
/// checked on its own.
/// </summary>
internal sealed class SreValidator
{
    private readonly uint[] _code;
    private readonly long _groups;

    /// <summary>One more than the highest MARK operand: the size of the matcher's mark array.</summary>
    public int MarkCount { get; private set; } = 2;

    private SreValidator(uint[] code, long groups)
    {
        _code = code;
        _groups = groups;
    }

    /// <summary>The mark count of valid code; null when the code is not valid.</summary>
    public static int? Validate(uint[] code, long groups)
    {
        if (groups < 0 || groups > 100 || code.Length == 0 || code[^1] != SreOp.Success) return null;
        // A pattern that declares no groups may still mark up to 100 of them (as older simplejson builds do).
        var v = new SreValidator(code, groups == 0 ? 100 : groups);
        return v.Block(0, code.Length - 1) ? v.MarkCount : null;
    }

    /// <summary>Reads the skip at i; the block it spans, less adjust, must end at or before end.</summary>
    private bool Skip(ref int i, int end, int adjust, out int skip)
    {
        skip = 0;
        if (i >= end) return false;
        var s = (long)_code[i];
        if (s < adjust || i + s - adjust > end) return false;
        skip = (int)s;
        i++;
        return true;
    }

    private bool Arg(ref int i, int end, out uint arg)
    {
        arg = 0;
        if (i >= end) return false;
        arg = _code[i++];
        return true;
    }

    private bool Block(int i, int end)
    {
        if (i > end) return false;
        while (i < end)
        {
            var op = _code[i++];
            uint arg;
            int skip, at;
            switch (op)
            {
                case SreOp.Mark:
                    if (!Arg(ref i, end, out arg) || arg > 2 * _groups + 1) return false;
                    MarkCount = Math.Max(MarkCount, (int)arg + 1);
                    break;
                case SreOp.Literal or SreOp.NotLiteral or SreOp.LiteralIgnore or SreOp.NotLiteralIgnore:
                    if (!Arg(ref i, end, out _)) return false;
                    break;
                case SreOp.Success or SreOp.Failure or SreOp.Any or SreOp.AnyAll:
                    break;
                case SreOp.At:
                    if (!Arg(ref i, end, out arg) || arg > SreAt.UniNonBoundary) return false;
                    break;
                case SreOp.In or SreOp.InIgnore:
                    // <IN> <skip> set <FAILURE>
                    at = i;
                    if (!Skip(ref i, end, 0, out skip) || skip < 2) return false;
                    if (!Charset(i, at + skip - 1) || _code[at + skip - 1] != SreOp.Failure) return false;
                    i = at + skip;
                    break;
                case SreOp.Info:
                    if (!Info(ref i, end)) return false;
                    break;
                case SreOp.Branch:
                    if (!Branch(ref i, end)) return false;
                    break;
                case SreOp.RepeatOne or SreOp.MinRepeatOne or SreOp.Repeat:
                {
                    // <REPEAT_ONE> <skip> <min> <max> item <SUCCESS>, the skip going past the SUCCESS;
                    // <REPEAT> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL>, the skip going to the UNTIL.
                    at = i;
                    if (!Skip(ref i, end, 0, out skip) || !Arg(ref i, end, out var min) || !Arg(ref i, end, out var max)) return false;
                    var last = op == SreOp.Repeat ? at + skip : at + skip - 1;
                    if (min > max || last < i || !Block(i, last)) return false;
                    i = last;
                    if (!Arg(ref i, end, out var closing)) return false;
                    if (op == SreOp.Repeat ? closing is not (SreOp.MaxUntil or SreOp.MinUntil) : closing != SreOp.Success) return false;
                    break;
                }
                case SreOp.GroupRef or SreOp.GroupRefIgnore:
                    if (!Arg(ref i, end, out arg) || arg >= _groups) return false;
                    break;
                case SreOp.GroupRefExists:
                    if (!GroupRefExists(ref i, end)) return false;
                    break;
                case SreOp.Assert or SreOp.AssertNot:
                    // <ASSERT> <skip> <back> pattern <SUCCESS>; the skip counts from itself
                    at = i;
                    if (!Skip(ref i, end, 0, out skip) || !Arg(ref i, end, out arg)) return false;
                    if ((arg & 0x80000000) != 0 || skip < 3) return false;
                    if (!Block(i, at + skip - 1) || _code[at + skip - 1] != SreOp.Success) return false;
                    i = at + skip;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }

    private bool Info(ref int i, int end)
    {
        // <INFO> <skip> <flags> <min> <max> [<length> <skip> prefix overlap | charset <FAILURE>]
        var at = i;
        if (!Skip(ref i, end, 0, out var skip) || skip < 1) return false;
        var blockEnd = at + skip;
        if (!Arg(ref i, end, out var flags) || !Arg(ref i, end, out _) || !Arg(ref i, end, out _)) return false;
        if ((flags & ~(SreOp.InfoPrefix | SreOp.InfoLiteral | SreOp.InfoCharset)) != 0) return false;
        if ((flags & SreOp.InfoPrefix) != 0 && (flags & SreOp.InfoCharset) != 0) return false;
        if ((flags & SreOp.InfoLiteral) != 0 && (flags & SreOp.InfoPrefix) == 0) return false;
        if ((flags & SreOp.InfoPrefix) != 0)
        {
            if (!Arg(ref i, end, out var length) || !Arg(ref i, end, out _)) return false;
            if (i + (long)length * 2 > blockEnd) return false;
            i += (int)length;
            for (var k = 0; k < length; k++)
                if (_code[i + k] >= length) return false;
            i += (int)length;
        }
        if ((flags & SreOp.InfoCharset) != 0)
        {
            if (blockEnd - 1 < i || !Charset(i, blockEnd - 1) || _code[blockEnd - 1] != SreOp.Failure) return false;
            i = blockEnd;
        }
        return i == blockEnd;
    }

    private bool Branch(ref int i, int end)
    {
        // <BRANCH> (<skip> alternative <JUMP> <skip>)* <0>: every JUMP goes to the same place.
        var target = -1;
        while (true)
        {
            var at = i;
            if (!Skip(ref i, end, 0, out var skip)) return false;
            if (skip == 0) return true;
            if (skip < 3 || !Block(i, at + skip - 2)) return false;
            i = at + skip - 2;
            if (!Arg(ref i, end, out var op) || op != SreOp.Jump) return false;
            var jumpAt = i;
            if (!Skip(ref i, end, 0, out var jump)) return false;
            if (target < 0) target = jumpAt + jump;
            else if (jumpAt + jump != target) return false;
        }
    }

    private bool GroupRefExists(ref int i, int end)
    {
        // <GROUPREF_EXISTS> <group> <skip> yes [<JUMP> <skip> no]; the first skip counts from the group word.
        if (!Arg(ref i, end, out var group) || group >= _groups) return false;
        var from = i - 1;
        if (!Skip(ref i, end, 1, out var skip)) return false;
        if (skip >= 3 && _code[from + skip - 2] == SreOp.Jump)
        {
            if (!Block(from + 2, from + skip - 2)) return false;
            i = from + skip - 1;
            var at = i;
            if (!Skip(ref i, end, 0, out var no) || !Block(i, at + no)) return false;
            i = at + no;
        }
        else
        {
            if (!Block(from + 2, from + skip)) return false;
            i = from + skip;
        }
        return true;
    }

    private bool Charset(int i, int end)
    {
        while (i < end)
        {
            switch (_code[i++])
            {
                case SreOp.Negate:
                    break;
                case SreOp.Literal:
                    if (i + 1 > end) return false;
                    i++;
                    break;
                case SreOp.Range:
                    if (i + 2 > end) return false;
                    i += 2;
                    break;
                case SreOp.Charset:
                    if (i + 8 > end) return false;
                    i += 8;
                    break;
                case SreOp.BigCharset:
                {
                    if (i + 1 > end) return false;
                    var blocks = (long)_code[i++];
                    if (i + 64 > end) return false;
                    for (var b = 0; b < 256; b++)
                        if (((_code[i + b / 4] >> (b % 4 * 8)) & 0xFF) >= blocks) return false;
                    i += 64;
                    if (i + blocks * 8 > end) return false;
                    i += (int)blocks * 8;
                    break;
                }
                case SreOp.Category:
                    if (i + 1 > end || _code[i] >= SreCategory.Count) return false;
                    i++;
                    break;
                default:
                    return false;
            }
        }
        return true;
    }
}
