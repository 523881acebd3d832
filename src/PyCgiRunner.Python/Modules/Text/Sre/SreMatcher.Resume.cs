namespace PyCgiRunner.Python.Modules.Text.Sre;

internal sealed partial class SreMatcher
{
    /// <summary>
    /// Continues a suspended frame after the continuation it tried returned: on success the whole match
    /// succeeded through it; on failure the frame restores what it saved and tries its next possibility.
    /// </summary>
    private SreStep Resume(int fi, bool matched)
    {
        ref var f = ref Frame(fi);
        switch (f.Resume)
        {
            case SreResume.Branch:
                if (matched)
                {
                    if (f.Repeat is not null) DiscardMarks(f.LastMark);
                    return SreStep.Succeed;
                }
                if (f.Repeat is not null) PopMarks(f.LastMark, discard: false);
                RestoreLastMark(ref f);
                f.Pc += (int)_code[f.Pc];
                return TryBranch(ref f);

            case SreResume.RepeatOneLiteral:
                if (matched) return SreStep.Succeed;
                RestoreLastMark(ref f);
                f.Ptr--;
                f.Count--;
                return TryRepeatOneLiteral(ref f);

            case SreResume.RepeatOne:
                if (matched) return SreStep.Succeed;
                f.Ptr--;
                f.Count--;
                RestoreLastMark(ref f);
                return TryRepeatOne(ref f);

            case SreResume.MinRepeatOne:
                if (matched) return SreStep.Succeed;
                Ptr = f.Ptr;
                if (Count(f.Pc + 3, 1) == 0) return SreStep.Fail;
                f.Ptr++;
                f.Count++;
                RestoreLastMark(ref f);
                return TryMinRepeatOne(ref f);

            case SreResume.Repeat:
                _repeat = f.Repeat!.Previous;
                return matched ? SreStep.Succeed : SreStep.Fail;

            case SreResume.MaxUntilMore:
            case SreResume.MinUntilMore:
                if (matched) return SreStep.Succeed;
                f.Repeat!.Count = f.Count - 1;
                Ptr = f.Ptr;
                return SreStep.Fail;

            case SreResume.MaxUntilAnother:
                f.Repeat!.LastPtr = PopData();
                if (matched)
                {
                    DiscardMarks(f.LastMark);
                    return SreStep.Succeed;
                }
                PopMarks(f.LastMark, discard: true);
                RestoreLastMark(ref f);
                f.Repeat!.Count = f.Count - 1;
                Ptr = f.Ptr;
                return MaxUntilTail(ref f);

            case SreResume.MaxUntilTail:
                if (matched) return SreStep.Succeed;
                _repeat = f.Repeat;
                Ptr = f.Ptr;
                return SreStep.Fail;

            case SreResume.MinUntilTail:
                if (matched) return SreStep.Succeed;
                _repeat = f.Repeat;
                Ptr = f.Ptr;
                RestoreLastMark(ref f);
                return MinUntilAnother(ref f);

            case SreResume.MinUntilAnother:
                f.Repeat!.LastPtr = PopData();
                if (matched) return SreStep.Succeed;
                f.Repeat!.Count = f.Count - 1;
                Ptr = f.Ptr;
                return SreStep.Fail;

            case SreResume.Assert:
                // A lookahead or lookbehind that matched is not backtracked into; the frame goes on past it.
                if (!matched) return SreStep.Fail;
                f.Pc += (int)_code[f.Pc];
                return RunOps(fi);

            case SreResume.AssertNot:
                if (matched) return SreStep.Fail;
                f.Pc += (int)_code[f.Pc];
                return RunOps(fi);

            default:
                throw Runtime.PyErr.RuntimeError("internal error in regular expression engine");
        }
    }
}
