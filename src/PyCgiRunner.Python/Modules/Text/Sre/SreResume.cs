namespace PyCgiRunner.Python.Modules.Text.Sre;

/// <summary>
/// Where a suspended frame continues when the frame it started (the rest of the pattern from some point)
/// succeeds or fails: one value per place in CPython's SRE_MATCH that tries a continuation and backtracks.
/// </summary>
internal enum SreResume : byte
{
    None,
    Branch,
    RepeatOneLiteral,
    RepeatOne,
    MinRepeatOne,
    Repeat,
    MaxUntilMore,
    MaxUntilAnother,
    MaxUntilTail,
    MinUntilMore,
    MinUntilTail,
    MinUntilAnother,
    Assert,
    AssertNot,
}
