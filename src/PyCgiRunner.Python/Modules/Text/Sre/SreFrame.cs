namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// One level of the matcher's explicit backtracking stack (a match context in CPython's _sre.c): the code and
/// subject positions, the loop count of a single-item repeat, the group marks to restore when a tried
/// continuation fails, and what to do when the frame above it returns.
/// </summary>
internal sealed class SreFrame
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
