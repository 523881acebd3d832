namespace PyCgiRunner.Cgi.Options;

/// <summary>
/// Limits of the gateway as a whole (issue 7, item 9), so a burst of hostile requests cannot starve the rest: how
/// many scripts run at once and how many wait, a fair share per client address, and Kestrel's connection and
/// request-header limits. Bound from <c>PyCgi:Server</c> like every other option.
/// </summary>
public sealed record CgiServerLimits
{
    /// <summary>Scripts running at the same time. A script counts until its run really ends (also after a 504).</summary>
    public int MaxConcurrentScripts { get; init; } = 64;

    /// <summary>Requests waiting for a script slot; past it the gateway answers 503 at once.</summary>
    public int MaxQueuedScripts { get; init; } = 512;

    /// <summary>How long a request waits for a slot before it is answered 503.</summary>
    public TimeSpan QueueTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Scripts running at the same time for one client address: its other requests wait (behind nobody else's), so
    /// one client's runaway scripts take at most this many slots, and at most this many times a script's memory
    /// limit. A classroom behind one NAT address shares it (scripts of milliseconds queue briefly, not refused).
    /// </summary>
    public int MaxConcurrentScriptsPerClient { get; init; } = 3;

    /// <summary>
    /// Requests of one client address waiting for a slot; past it that client gets 503. As many as it may have
    /// connections: over HTTP/1.1 each connection has one request at a time (and one just answered whose script is
    /// still ending), so a client using its connections is never refused, only one multiplexing more is.
    /// </summary>
    public int MaxQueuedScriptsPerClient { get; init; } = 256;

    /// <summary>Open connections in all (Kestrel's MaxConcurrentConnections); null: no limit.</summary>
    public long? MaxConnections { get; init; } = 8192;

    /// <summary>Open connections of one client address; more are closed at once. 0: no limit.</summary>
    public int MaxConnectionsPerClient { get; init; } = 256;

    /// <summary>Request header lines (Apache's LimitRequestFields 100).</summary>
    public int MaxRequestHeaderCount { get; init; } = 100;

    /// <summary>Bytes of all request headers together (Kestrel's default).</summary>
    public int MaxRequestHeadersTotalSize { get; init; } = 32 * 1024;

    /// <summary>Bytes of the request line (Apache's LimitRequestLine 8190).</summary>
    public int MaxRequestLineSize { get; init; } = 8190;

    /// <summary>Time a connection may take to send a request's headers (slow-header clients are cut off).</summary>
    public TimeSpan RequestHeadersTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Time an idle keep-alive connection stays open.</summary>
    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Slowest request body accepted, bytes per second after <see cref="MinRequestBodyGracePeriod"/>; 0: none.</summary>
    public double MinRequestBodyBytesPerSecond { get; init; } = 240;

    public TimeSpan MinRequestBodyGracePeriod { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Slowest reading of the response accepted, bytes per second after a 10 s grace; 0: none.</summary>
    public double MinResponseBytesPerSecond { get; init; } = 240;
}
