namespace PyCgiRunner.Python.Modules.Text.Sre;

internal sealed partial class SreMatcher
{
    /// <summary>
    /// The opcode loop of one frame (the body of SRE_MATCH): runs straight-line code until SUCCESS, a failed
    /// test, or an opcode that must try a continuation (then the frame is suspended with its positions saved).
    /// </summary>
    private SreStep RunOps(int fi)
    {
        ref var f = ref Frame(fi);
        var code = _code;
        var text = _text;
        var end = End;
        var pc = f.Pc;
        var ptr = f.Ptr;
        while (true)
        {
            if ((++_steps & TickMask) == 0) _context?.CheckLimits();
            switch (code[pc++])
            {
                case SreOp.Mark:
                {
                    var i = (int)code[pc++];
                    if ((i & 1) != 0) LastIndex = i / 2 + 1;
                    if (i > LastMark)
                    {
                        // Marks skipped over by a jump of lastmark are unset, not left from an earlier attempt.
                        for (var j = LastMark + 1; j < i; j++) Marks[j] = -1;
                        LastMark = i;
                    }
                    Marks[i] = ptr;
                    break;
                }
                case SreOp.Literal:
                    if (ptr >= end || text[ptr] != code[pc]) return SreStep.Fail;
                    pc++;
                    ptr++;
                    break;
                case SreOp.NotLiteral:
                    if (ptr >= end || text[ptr] == code[pc]) return SreStep.Fail;
                    pc++;
                    ptr++;
                    break;
                case SreOp.Success:
                    Ptr = ptr;
                    return SreStep.Succeed;
                case SreOp.At:
                    if (!At(ptr, code[pc])) return SreStep.Fail;
                    pc++;
                    break;
                case SreOp.Category:
                    if (ptr >= end || !SreChars.Category(code[pc], text[ptr])) return SreStep.Fail;
                    pc++;
                    ptr++;
                    break;
                case SreOp.Any:
                    if (ptr >= end || text[ptr] == '\n') return SreStep.Fail;
                    ptr++;
                    break;
                case SreOp.AnyAll:
                    if (ptr >= end) return SreStep.Fail;
                    ptr++;
                    break;
                case SreOp.In:
                    if (ptr >= end || !SreCharset.Contains(code, pc + 1, text[ptr])) return SreStep.Fail;
                    pc += (int)code[pc];
                    ptr++;
                    break;
                case SreOp.LiteralIgnore:
                    if (ptr >= end || Lower(text[ptr]) != Lower((int)code[pc])) return SreStep.Fail;
                    pc++;
                    ptr++;
                    break;
                case SreOp.NotLiteralIgnore:
                    if (ptr >= end || Lower(text[ptr]) == Lower((int)code[pc])) return SreStep.Fail;
                    pc++;
                    ptr++;
                    break;
                case SreOp.InIgnore:
                    if (ptr >= end || !SreCharset.Contains(code, pc + 1, Lower(text[ptr]))) return SreStep.Fail;
                    pc += (int)code[pc];
                    ptr++;
                    break;
                case SreOp.Jump:
                case SreOp.Info:
                    pc += (int)code[pc];
                    break;
                case SreOp.Branch:
                    // <BRANCH> (<skip> alternative <JUMP> <skip>)* <0>
                    f.Pc = pc;
                    f.Ptr = ptr;
                    SaveLastMark(ref f);
                    f.Repeat = _repeat;
                    if (f.Repeat is not null) PushMarks(f.LastMark);
                    return TryBranch(ref f);
                case SreOp.RepeatOne:
                    f.Pc = pc;
                    f.Ptr = ptr;
                    return StartRepeatOne(ref f);
                case SreOp.MinRepeatOne:
                    f.Pc = pc;
                    f.Ptr = ptr;
                    return StartMinRepeatOne(ref f);
                case SreOp.Repeat:
                {
                    // <REPEAT> <skip> <min> <max> body <MAX_UNTIL|MIN_UNTIL> tail: the UNTIL does the work.
                    var rep = new SreRepeat { Count = -1, Pc = pc, Previous = _repeat, LastPtr = -1 };
                    _repeat = rep;
                    Ptr = ptr;
                    f.Repeat = rep;
                    return Call(ref f, SreResume.Repeat, pc + (int)code[pc]);
                }
                case SreOp.MaxUntil:
                    f.Pc = pc;
                    f.Ptr = ptr;
                    return StartMaxUntil(ref f);
                case SreOp.MinUntil:
                    f.Pc = pc;
                    f.Ptr = ptr;
                    return StartMinUntil(ref f);
                case SreOp.GroupRef:
                case SreOp.GroupRefIgnore:
                {
                    var ignore = code[pc - 1] == SreOp.GroupRefIgnore;
                    var g = 2 * (int)code[pc];
                    if (g >= LastMark) return SreStep.Fail;
                    int p = Marks[g], e = Marks[g + 1];
                    if (p < 0 || e < 0 || e < p) return SreStep.Fail;
                    for (; p < e; p++, ptr++)
                    {
                        if (ptr >= end) return SreStep.Fail;
                        if (ignore ? Lower(text[ptr]) != Lower(text[p]) : text[ptr] != text[p]) return SreStep.Fail;
                    }
                    pc++;
                    break;
                }
                case SreOp.GroupRefExists:
                {
                    // <GROUPREF_EXISTS> <group> <skip> yes-code [<JUMP> no-code]
                    var g = 2 * (int)code[pc];
                    var exists = g < LastMark && Marks[g] >= 0 && Marks[g + 1] >= 0 && Marks[g + 1] >= Marks[g];
                    pc += exists ? 2 : (int)code[pc + 1];
                    break;
                }
                case SreOp.Assert:
                {
                    // <ASSERT> <skip> <back> pattern: the lookbehind width is fixed, so it starts back chars earlier.
                    var back = (long)ptr - code[pc + 1];
                    if (back < 0) return SreStep.Fail;
                    Ptr = (int)back;
                    f.Pc = pc;
                    f.Ptr = ptr;
                    return Call(ref f, SreResume.Assert, pc + 2);
                }
                case SreOp.AssertNot:
                {
                    var back = (long)ptr - code[pc + 1];
                    if (back >= 0)
                    {
                        Ptr = (int)back;
                        f.Pc = pc;
                        f.Ptr = ptr;
                        return Call(ref f, SreResume.AssertNot, pc + 2);
                    }
                    pc += (int)code[pc];
                    break;
                }
                case SreOp.Failure:
                    return SreStep.Fail;
                default:
                    throw Runtime.PyErr.RuntimeError("internal error in regular expression engine");
            }
        }
    }
}
