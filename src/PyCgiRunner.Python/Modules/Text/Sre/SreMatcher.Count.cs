namespace PyCgiRunner.Python.Modules.Text.Sre;

internal sealed partial class SreMatcher
{
    /// <summary>
    /// SRE_COUNT: how many times (up to max) the one-character item at pc matches from Ptr on. The common items
    /// are counted in a tight loop; any other item is run as a pattern of its own, one character at a time.
    /// </summary>
    private int Count(int pc, uint max)
    {
        var code = _code;
        var text = _text;
        var start = Ptr;
        var ptr = start;
        var end = End;
        if (max != SreOp.MaxRepeat && max < (uint)(end - ptr)) end = ptr + (int)max;
        switch (code[pc])
        {
            case SreOp.In:
                while (ptr < end && SreCharset.Contains(code, pc + 2, text[ptr])) ptr++;
                break;
            case SreOp.Any:
                while (ptr < end && text[ptr] != '\n') ptr++;
                break;
            case SreOp.AnyAll:
                ptr = end;
                break;
            case SreOp.Literal:
            {
                var c = code[pc + 1];
                while (ptr < end && text[ptr] == c) ptr++;
                break;
            }
            case SreOp.LiteralIgnore:
            {
                var c = code[pc + 1];
                while (ptr < end && Lower(text[ptr]) == c) ptr++;
                break;
            }
            case SreOp.NotLiteral:
            {
                var c = code[pc + 1];
                while (ptr < end && text[ptr] != c) ptr++;
                break;
            }
            case SreOp.NotLiteralIgnore:
            {
                var c = code[pc + 1];
                while (ptr < end && Lower(text[ptr]) != c) ptr++;
                break;
            }
            default:
                while (Ptr < end && Execute(pc)) { }
                return Ptr - start;
        }
        if (ptr - start > TickMask) _context?.CheckLimits();
        return ptr - start;
    }

    /// <summary>SRE_AT: whether ptr stands at the position an AT code names.</summary>
    private bool At(int ptr, uint at)
    {
        var text = _text;
        switch (at)
        {
            case SreAt.Beginning:
            case SreAt.BeginningString:
                return ptr == 0;
            case SreAt.BeginningLine:
                return ptr == 0 || text[ptr - 1] == '\n';
            case SreAt.End:
                return (ptr + 1 == End && text[ptr] == '\n') || ptr == End;
            case SreAt.EndLine:
                return ptr == End || text[ptr] == '\n';
            case SreAt.EndString:
                return ptr == End;
            case SreAt.Boundary:
            case SreAt.NonBoundary:
            case SreAt.LocBoundary:
            case SreAt.LocNonBoundary:
            case SreAt.UniBoundary:
            case SreAt.UniNonBoundary:
            {
                // An empty subject has no boundaries, not even \B ones.
                if (End == 0) return false;
                var model = at is SreAt.UniBoundary or SreAt.UniNonBoundary ? SreFlag.Unicode
                    : at is SreAt.LocBoundary or SreAt.LocNonBoundary ? SreFlag.Locale : 0;
                var before = ptr > 0 && IsWordIn(model, text[ptr - 1]);
                var after = ptr < End && IsWordIn(model, text[ptr]);
                return at is SreAt.Boundary or SreAt.LocBoundary or SreAt.UniBoundary ? before != after : before == after;
            }
            default:
                return false;
        }
    }

    private static bool IsWordIn(int model, int ch) => model switch
    {
        SreFlag.Unicode => SreChars.IsUnicodeWord(ch),
        SreFlag.Locale => SreChars.IsLocaleWord(ch),
        _ => SreChars.IsWord(ch),
    };
}
