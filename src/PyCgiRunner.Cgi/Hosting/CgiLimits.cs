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

    /// <summary>Largest request body accepted; larger gives 413.</summary>
    public long MaxRequestBodyBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest stdout a script may produce (headers and body).</summary>
    public long MaxOutputBytes { get; init; } = 1024L * 1024 * 1024;
}
