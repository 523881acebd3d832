namespace PyCgiRunner.Cgi.Hosting;

/// <summary>Why a script run ended.</summary>
public enum CgiScriptOutcome
{
    /// <summary>The script ran to its end (any exit code, including an uncaught exception).</summary>
    Completed,
    /// <summary>The time limit fired, or the request was cancelled.</summary>
    TimedOut,
    MemoryLimitExceeded,
    OutputLimitExceeded,
    /// <summary>The engine itself failed (a bug or an unexpected .NET exception), not the script.</summary>
    Crashed,
}
