namespace PyCgiRunner.Python.Modules.Text.Sre;

internal sealed partial class SreMatcher
{
    // f.Pc is the word after the opcode in all of these, as ctx->pattern is in _sre.c.

    /// <summary>Tries the alternatives from f.Pc on; one whose first literal or set cannot match is skipped.</summary>
    private SreStep TryBranch(ref SreFrame f)
    {
        var code = _code;
        for (; code[f.Pc] != 0; f.Pc += (int)code[f.Pc])
        {
            var first = code[f.Pc + 1];
            if (first == SreOp.Literal && (f.Ptr >= End || _text[f.Ptr] != code[f.Pc + 2])) continue;
            if (first == SreOp.In && (f.Ptr >= End || !SreCharset.Contains(code, f.Pc + 3, _text[f.Ptr]))) continue;
            Ptr = f.Ptr;
            return Call(ref f, SreResume.Branch, f.Pc + 1);
        }
        if (f.Repeat is not null) DiscardMarks(f.LastMark);
        return SreStep.Fail;
    }

    /// <summary>
    /// &lt;REPEAT_ONE&gt; &lt;skip&gt; &lt;min&gt; &lt;max&gt; item &lt;SUCCESS&gt; tail: a greedy repeat of a
    /// one-character item takes as many as it can, then gives them back one at a time until the tail matches.
    /// </summary>
    private SreStep StartRepeatOne(ref SreFrame f)
    {
        var code = _code;
        var min = code[f.Pc + 1];
        if ((long)f.Ptr + min > End) return SreStep.Fail;
        Ptr = f.Ptr;
        f.Count = Count(f.Pc + 3, code[f.Pc + 2]);
        f.Ptr += (int)f.Count;
        if (f.Count < min) return SreStep.Fail;
        var tail = f.Pc + (int)code[f.Pc];
        if (code[tail] == SreOp.Success)
        {
            Ptr = f.Ptr;
            return SreStep.Succeed;
        }
        SaveLastMark(ref f);
        if (code[tail] == SreOp.Literal)
        {
            // The tail starts with a literal: positions where it cannot match are not worth trying.
            f.Chr = code[tail + 1];
            return TryRepeatOneLiteral(ref f);
        }
        return TryRepeatOne(ref f);
    }

    private SreStep TryRepeatOneLiteral(ref SreFrame f)
    {
        var min = _code[f.Pc + 1];
        while (f.Count >= min && (f.Ptr >= End || _text[f.Ptr] != f.Chr))
        {
            f.Ptr--;
            f.Count--;
        }
        if (f.Count < min) return SreStep.Fail;
        Ptr = f.Ptr;
        return Call(ref f, SreResume.RepeatOneLiteral, f.Pc + (int)_code[f.Pc]);
    }

    private SreStep TryRepeatOne(ref SreFrame f)
    {
        if (f.Count < _code[f.Pc + 1]) return SreStep.Fail;
        Ptr = f.Ptr;
        return Call(ref f, SreResume.RepeatOne, f.Pc + (int)_code[f.Pc]);
    }

    /// <summary>The lazy single-item repeat: the minimum first, then one more item each time the tail fails.</summary>
    private SreStep StartMinRepeatOne(ref SreFrame f)
    {
        var code = _code;
        var min = code[f.Pc + 1];
        if ((long)f.Ptr + min > End) return SreStep.Fail;
        Ptr = f.Ptr;
        if (min == 0) f.Count = 0;
        else
        {
            var n = Count(f.Pc + 3, min);
            if (n < min) return SreStep.Fail;
            f.Count = n;
            f.Ptr += n;
        }
        if (code[f.Pc + (int)code[f.Pc]] == SreOp.Success)
        {
            Ptr = f.Ptr;
            return SreStep.Succeed;
        }
        SaveLastMark(ref f);
        return TryMinRepeatOne(ref f);
    }

    private SreStep TryMinRepeatOne(ref SreFrame f)
    {
        var max = _code[f.Pc + 2];
        if (max != SreOp.MaxRepeat && f.Count > max) return SreStep.Fail;
        Ptr = f.Ptr;
        return Call(ref f, SreResume.MinRepeatOne, f.Pc + (int)_code[f.Pc]);
    }

    /// <summary>
    /// MAX_UNTIL ends each pass of a greedy general repeat's body: below the minimum the body must run again;
    /// otherwise another pass is tried first (unless the last pass matched the empty string), then the tail.
    /// </summary>
    private SreStep StartMaxUntil(ref SreFrame f)
    {
        var rep = _repeat ?? throw Runtime.PyErr.RuntimeError("internal error in regular expression engine");
        Ptr = f.Ptr;
        f.Repeat = rep;
        f.Count = rep.Count + 1;
        var min = _code[rep.Pc + 1];
        var max = _code[rep.Pc + 2];
        if (f.Count < min)
        {
            rep.Count = f.Count;
            return Call(ref f, SreResume.MaxUntilMore, rep.Pc + 3);
        }
        if ((f.Count < max || max == SreOp.MaxRepeat) && Ptr != rep.LastPtr)
        {
            rep.Count = f.Count;
            SaveLastMark(ref f);
            PushMarks(f.LastMark);
            PushData(rep.LastPtr);
            rep.LastPtr = Ptr;
            return Call(ref f, SreResume.MaxUntilAnother, rep.Pc + 3);
        }
        return MaxUntilTail(ref f);
    }

    private SreStep MaxUntilTail(ref SreFrame f)
    {
        _repeat = f.Repeat!.Previous;
        return Call(ref f, SreResume.MaxUntilTail, f.Pc);
    }

    /// <summary>MIN_UNTIL: the lazy general repeat tries the tail first, and another pass of the body only then.</summary>
    private SreStep StartMinUntil(ref SreFrame f)
    {
        var rep = _repeat ?? throw Runtime.PyErr.RuntimeError("internal error in regular expression engine");
        Ptr = f.Ptr;
        f.Repeat = rep;
        f.Count = rep.Count + 1;
        if (f.Count < _code[rep.Pc + 1])
        {
            rep.Count = f.Count;
            return Call(ref f, SreResume.MinUntilMore, rep.Pc + 3);
        }
        SaveLastMark(ref f);
        _repeat = rep.Previous;
        return Call(ref f, SreResume.MinUntilTail, f.Pc);
    }

    private SreStep MinUntilAnother(ref SreFrame f)
    {
        var rep = f.Repeat!;
        var max = _code[rep.Pc + 2];
        if ((f.Count >= max && max != SreOp.MaxRepeat) || Ptr == rep.LastPtr) return SreStep.Fail;
        rep.Count = f.Count;
        PushData(rep.LastPtr);
        rep.LastPtr = Ptr;
        return Call(ref f, SreResume.MinUntilAnother, rep.Pc + 3);
    }
}
