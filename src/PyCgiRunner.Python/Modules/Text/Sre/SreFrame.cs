namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// One level of the matcher's explicit backtracking stack (a match context in CPython's _sre.c): the code and
/// subject positions, the loop count of a single-item repeat, the group marks to restore when a tried
/// continuation fails, and what to do when the frame above it returns. A struct, so that a stack of a hundred
/// thousand frames (a general repeat over a long subject) is a few arrays, not as many objects.
/// </summary>
internal struct SreFrame
{
    public int Pc;
    public int Ptr;
    public long Count;
    public int LastMark;
    public int LastIndex;
    public SreRepeat? Repeat;
    public uint Chr;
    public SreResume Resume;
}
