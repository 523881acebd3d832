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

        while (ptr <= end)
        {
            Start = Ptr = ptr++;
            if (Execute(pattern)) return true;
        }
        return false;
    }
}
