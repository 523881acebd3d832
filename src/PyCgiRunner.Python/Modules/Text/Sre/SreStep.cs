namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>What running a frame came to: it pushed a frame to try a continuation, or it returned.</summary>
internal enum SreStep : byte
{
    Call,
    Succeed,
    Fail,
}
