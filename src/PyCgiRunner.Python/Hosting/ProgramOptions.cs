namespace PyCgiRunner.Python.Hosting;

/// <summary>One program run: what `python2.7 SCRIPT args` would get from its process.</summary>
public sealed record ProgramOptions
{
    /// <summary>The script as named on the command line (sys.argv[0], __file__, traceback file name).</summary>
    public required string ScriptPath { get; init; }
    public required string WorkingDirectory { get; init; }
    public IReadOnlyList<string> Arguments { get; init; } = [];
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();
    public Stream Stdin { get; init; } = Stream.Null;
    public required Stream Stdout { get; init; }
    public required Stream Stderr { get; init; }
    public SandboxPolicy Policy { get; init; } = SandboxPolicy.Open;
    public ExecutionLimits Limits { get; init; } = ExecutionLimits.None;
}

/// <summary>How a run ended: the exit status, and the uncaught exception if there was one.</summary>
public sealed record ProgramResult(int ExitCode, Runtime.PythonException? Uncaught, ScriptStopReason? StoppedBy)
{
    public string? FormattedTraceback { get; init; }
}
