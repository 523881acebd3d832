namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Per-request limits. Bound from configuration (section <c>PyCgi:Limits</c>), so every property has a setter
/// and a sensible default.
/// </summary>
public sealed record CgiLimits
{
    /// <summary>Wall-clock time a script may run before it is stopped (the gateway then answers 504).</summary>
    public TimeSpan TimeLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Bytes a script may allocate in total (the engine meters allocation on the script's thread, checked
    /// every 1024 steps). A memory hog must allocate what it holds, so it is stopped; the budget is generous
    /// because loops allocate short-lived objects too.
    /// </summary>
    public long MemoryLimitBytes { get; init; } = 2048L * 1024 * 1024;

    /// <summary>
    /// Bound on the server's managed heap, shared by every script running at once (0 = none): a script whose
    /// allocation would pass it gets Python's MemoryError, and one that finds the heap past it is stopped, so a
    /// burst of large requests cannot take the whole server past its memory (issue 7, "bound the server").
    /// </summary>
    public long ServerScriptMemoryBytes { get; init; } = 1536L * 1024 * 1024;

    /// <summary>
    /// Largest request body accepted; larger gives 413. Room for a 100 MiB file plus the multipart framing around it
    /// (the tutorial's save_file.py must take a 100 MB upload with the default limits).
    /// </summary>
    public long MaxRequestBodyBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Largest stdout a script may produce (headers and body).</summary>
    public long MaxOutputBytes { get; init; } = 1024L * 1024 * 1024;

    /// <summary>
    /// Processor time after which a script's thread gets the weakest CPU priority (Linux SCHED_IDLE), so light requests
    /// are not slowed by heavy or runaway ones (a CGI page needs milliseconds); zero: never.
    /// </summary>
    public TimeSpan LowerPriorityAfter { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>
    /// Bytes allocated after which a script gets that weakest priority too, whatever its processor time: a memory
    /// hog spends little CPU of its own but its zeroing and the collections it causes slow every request; zero: never.
    /// </summary>
    public long LowerPriorityAfterAllocatingBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Most header lines a script may print before its body; more gives a 500 (the gateway's own cost is bounded).</summary>
    public int MaxHeaderLines { get; init; } = Responses.CgiHeaderScanner.DefaultMaxLines;

    /// <summary>Most bytes a script's header block may have; more gives a 500.</summary>
    public long MaxHeaderBytes { get; init; } = Responses.CgiHeaderScanner.DefaultMaxBytes;
}
