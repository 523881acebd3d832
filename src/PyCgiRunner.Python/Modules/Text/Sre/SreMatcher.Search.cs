namespace PyCgiRunner.Python.Modules.Text.Sre;

internal sealed partial class SreMatcher
{
    /// <summary>Matches at Start only (pattern.match): Start..Ptr is the match when true.</summary>
    public bool Match()
    {
        Ptr = Start;
        return Execute(0);
    }

    /// <summary>
    /// SRE_SEARCH: the first position from Start at which the pattern matches. The INFO block at the head of the
    /// code gives the shortcuts: a literal prefix is found with its overlap table (Knuth-Morris-Pratt) and, when
    /// it is the whole pattern, is the match; a first literal or a first-character set skips hopeless positions.
    /// </summary>
    public bool Search()
    {
        var code = _code;
        var text = _text;
        var ptr = Start;
        var end = End;
        var pattern = 0;
        uint flags = 0;
        int prefixLength = 0, prefixSkip = 0, prefix = 0, overlap = 0, charset = -1;
        if (code[0] == SreOp.Info)
        {
            // <INFO> <skip> <flags> <min> <max> [<prefix length> <prefix skip> prefix overlap | charset]
            flags = code[2];
            var min = code[3];
            if (min > 1)
            {
                // No match can start in the last min-1 characters; a match starting past End is impossible too.
                end = (int)Math.Max((long)end - (min - 1), ptr + 1L);
                if (end > End) end = End;
            }
            if ((flags & SreOp.InfoPrefix) != 0)
            {
                prefixLength = (int)code[5];
                prefixSkip = (int)code[6];
                prefix = 7;
                overlap = prefix + prefixLength - 1;
            }
            else if ((flags & SreOp.InfoCharset) != 0) charset = 5;
            pattern = 1 + (int)code[1];
        }

        if (prefixLength > 1)
        {
            var i = 0;
            for (end = End; ptr < end; ptr++)
            {
                while (true)
                {
                    if (text[ptr] != code[prefix + i])
                    {
                        if (i == 0) break;
                        i = (int)code[overlap + i];
                        continue;
                    }
                    if (++i == prefixLength)
                    {
                        Start = ptr + 1 - prefixLength;
                        Ptr = Start + prefixSkip;
                        if ((flags & SreOp.InfoLiteral) != 0) return true;
                        if (Execute(pattern + 2 * prefixSkip)) return true;
                        i = (int)code[overlap + i];
                    }
                    break;
                }
                if ((ptr & 0xFFFF) == 0) _context?.CheckLimits();
            }
            return false;
        }

        if (code[pattern] == SreOp.Literal)
        {
            var c = code[pattern + 1];
            end = End;
            while (true)
            {
                while (ptr < end && text[ptr] != c) ptr++;
                if (ptr >= end) return false;
                Start = ptr;
                Ptr = ++ptr;
                if ((flags & SreOp.InfoLiteral) != 0) return true;
                if (Execute(pattern + 2)) return true;
            }
        }

        if (charset >= 0)
        {
            end = End;
            while (true)
            {
                while (ptr < end && !SreCharset.Contains(code, charset, text[ptr])) ptr++;
                if (ptr >= end) return false;
                Start = Ptr = ptr;
                if (Execute(pattern)) return true;
                ptr++;
            }
        }

        // A position where the first character cannot match fails at once: it is skipped without a run, which
        // changes nothing a caller sees (a failed run leaves no marks behind).
        var first = FirstItem(pattern);
        var counted = first > pattern;
        while (ptr <= end)
        {
            if (first >= 0 && (ptr >= End || !ItemMatches(first, text[ptr], counted)))
            {
                ptr++;
                continue;
            }
            Start = Ptr = ptr++;
            if (Execute(pattern)) return true;
        }
        return false;
    }

    /// <summary>The one-character item every match must start with, or -1 when the pattern may start otherwise.</summary>
    private int FirstItem(int pc)
    {
        var op = _code[pc];
        if (op is SreOp.RepeatOne or SreOp.MinRepeatOne && _code[pc + 2] >= 1) return IsItem(pc + 4) ? pc + 4 : -1;
        return IsItem(pc) ? pc : -1;
    }

    private bool IsItem(int pc) => _code[pc] is SreOp.Literal or SreOp.LiteralIgnore or SreOp.NotLiteral or SreOp.NotLiteralIgnore
        or SreOp.In or SreOp.InIgnore or SreOp.Any or SreOp.AnyAll or SreOp.Category;

    /// <summary>
    /// Whether a one-character item (as IsItem accepts) matches ch, exactly as the engine would test it: as an
    /// opcode, or as the item of a single-item repeat, which SRE_COUNT compares without lowering the literal.
    /// </summary>
    private bool ItemMatches(int pc, int ch, bool counted) => _code[pc] switch
    {
        SreOp.Literal => ch == _code[pc + 1],
        SreOp.LiteralIgnore => Lower(ch) == (counted ? (int)_code[pc + 1] : Lower((int)_code[pc + 1])),
        SreOp.NotLiteral => ch != _code[pc + 1],
        SreOp.NotLiteralIgnore => Lower(ch) != (counted ? (int)_code[pc + 1] : Lower((int)_code[pc + 1])),
        SreOp.In => SreCharset.Contains(_code, pc + 2, ch),
        SreOp.InIgnore => SreCharset.Contains(_code, pc + 2, Lower(ch)),
        SreOp.Any => ch != '\n',
        SreOp.AnyAll => true,
        _ => SreChars.Category(_code[pc + 1], ch),
    };
}
