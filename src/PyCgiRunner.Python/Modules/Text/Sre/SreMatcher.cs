using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// The matching state of one pattern over one subject (SRE_STATE in CPython's _sre.c) and the backtracking
/// matcher that runs compiled code on it. The design follows _sre.c, whose behaviour is the reference: each
/// place that tries "the rest of the pattern from here" pushes a frame on an explicit stack and resumes when that
/// frame returns, so long subjects never deepen the .NET stack; group marks live in one array with a save stack
/// for the points that must restore them. The run's limits are checked every few thousand steps so that a
/// catastrophic pattern stops at the time limit.
/// </summary>
internal sealed partial class SreMatcher
{
    private const int TickMask = 0xFFF;

    private readonly uint[] _code;
    private readonly string _text;
    private readonly LowerMode _lower;
    private readonly PyContext? _context;

    private SreStack? _stack;
    private int _depth;
    private int[] _data = [];
    private int _dataTop;
    private int _steps;

    /// <summary>Where the current search or match attempt started (state->start) and where the subject ends.</summary>
    public int Start;
    public int End;
    /// <summary>The position the engine reached (state->ptr): the end of a successful match.</summary>
    public int Ptr;
    /// <summary>The pos and endpos the caller gave, clamped to the subject.</summary>
    public readonly int Pos;
    public readonly int EndPos;
    /// <summary>Group marks (-1: unset), the highest mark set, and the last group closed (-1: none).</summary>
    public readonly int[] Marks;
    public int LastMark = -1;
    public int LastIndex = -1;
    private SreRepeat? _repeat;

    private enum LowerMode : byte { Ascii, Locale, Unicode }

    public SreMatcher(SreProgram program, string text, long pos, long endpos)
    {
        _code = program.Code;
        _text = text;
        _lower = (program.Flags & SreFlag.Locale) != 0 ? LowerMode.Locale
            : (program.Flags & SreFlag.Unicode) != 0 ? LowerMode.Unicode : LowerMode.Ascii;
        _context = PyContext.CurrentOrNull;
        Marks = new int[program.MarkCount];
        // state_init: both bounds are clamped into [0, len].
        Pos = (int)Math.Clamp(pos, 0, text.Length);
        EndPos = (int)Math.Clamp(endpos, 0, text.Length);
        Start = Pos;
        End = EndPos;
        Ptr = Start;
    }

    public string Text => _text;

    /// <summary>state_reset: before each match or search of findall, split, sub and the scanner.</summary>
    public void Reset()
    {
        LastMark = -1;
        LastIndex = -1;
        _repeat = null;
        _depth = 0;
        _dataTop = 0;
    }

    /// <summary>The (start, end) of a group of the last match, or (-1, -1) when it did not take part.</summary>
    public (int Start, int End) GroupSpan(int group)
    {
        if (group == 0) return (Start, Ptr);
        var j = 2 * (group - 1);
        if (j + 1 > LastMark || Marks[j] < 0 || Marks[j + 1] < 0) return (-1, -1);
        return (Marks[j], Marks[j + 1]);
    }

    private int Lower(int ch) => _lower switch
    {
        LowerMode.Ascii => SreChars.LowerAscii(ch),
        LowerMode.Locale => SreChars.LowerLocale(ch),
        _ => SreChars.LowerUnicode(ch),
    };

    /// <summary>Runs the code at pc from Ptr (SRE_MATCH): true when it reached SUCCESS, with Ptr at the match's end.</summary>
    private bool Execute(int pc)
    {
        if (_stack is not null) return Run(pc);
        // The outermost run borrows the thread's stack; the runs SRE_COUNT starts inside it share it.
        var stack = _stack = SreStack.Rent();
        _data = stack.Data;
        try
        {
            return Run(pc);
        }
        finally
        {
            stack.Data = _data;
            _stack = null;
            _data = [];
            _depth = 0;
            _dataTop = 0;
            SreStack.Return(stack);
        }
    }

    private bool Run(int pc)
    {
        var baseDepth = _depth;
        var step = Enter(Push(pc));
        while (true)
        {
            if (step == SreStep.Call)
            {
                step = Enter(_depth - 1);
                continue;
            }
            _depth--;
            if (_depth == baseDepth) return step == SreStep.Succeed;
            step = Resume(_depth - 1, step == SreStep.Succeed);
        }
    }

    /// <summary>The frame at a depth; frames never move, so the reference stays good while the stack grows.</summary>
    private ref SreFrame Frame(int depth) => ref _stack!.Chunks[depth >> SreStack.ChunkBits]![depth & (SreStack.ChunkSize - 1)];

    private int Push(int pc)
    {
        ref var f = ref _stack!.At(_depth);
        f.Pc = pc;
        f.Resume = SreResume.None;
        f.Repeat = null;
        return _depth++;
    }

    /// <summary>A new frame starts where the engine stands; an INFO block first checks the minimum length.</summary>
    private SreStep Enter(int fi)
    {
        Tick();
        ref var f = ref Frame(fi);
        f.Ptr = Ptr;
        if (_code[f.Pc] == SreOp.Info)
        {
            var min = _code[f.Pc + 3];
            if (min != 0 && End - f.Ptr < min) return SreStep.Fail;
            f.Pc += (int)_code[f.Pc + 1] + 1;
        }
        return RunOps(fi);
    }

    private void Tick()
    {
        if ((++_steps & TickMask) == 0) _context?.CheckLimits();
    }

    /// <summary>Starts the rest of the pattern at pc as a new frame; the suspended frame continues at resume.</summary>
    private SreStep Call(ref SreFrame f, SreResume resume, int pc)
    {
        f.Resume = resume;
        Push(pc);
        return SreStep.Call;
    }

    private void SaveLastMark(ref SreFrame f)
    {
        f.LastMark = LastMark;
        f.LastIndex = LastIndex;
    }

    private void RestoreLastMark(ref SreFrame f)
    {
        LastMark = f.LastMark;
        LastIndex = f.LastIndex;
    }

    // MARK_PUSH and friends: marks 0..lastmark are saved only when lastmark > 0, exactly as _sre.c does.
    private void PushMarks(int lastMark)
    {
        if (lastMark <= 0) return;
        EnsureData(lastMark + 1);
        Array.Copy(Marks, 0, _data, _dataTop, lastMark + 1);
        _dataTop += lastMark + 1;
    }

    private void PopMarks(int lastMark, bool discard)
    {
        if (lastMark <= 0) return;
        Array.Copy(_data, _dataTop - (lastMark + 1), Marks, 0, lastMark + 1);
        if (discard) _dataTop -= lastMark + 1;
    }

    private void DiscardMarks(int lastMark)
    {
        if (lastMark > 0) _dataTop -= lastMark + 1;
    }

    private void PushData(int value)
    {
        EnsureData(1);
        _data[_dataTop++] = value;
    }

    private int PopData() => _data[--_dataTop];

    private void EnsureData(int n)
    {
        if (_dataTop + n > _data.Length) Array.Resize(ref _data, Math.Max(_data.Length * 2, _dataTop + n));
    }
}
