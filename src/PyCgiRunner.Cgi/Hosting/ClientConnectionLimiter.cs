using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PyCgiRunner.Cgi.Middleware;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// A connection middleware that keeps at most N connections open per client address (issue 7, item 9): idle or
/// slow connections from one address (slowloris) cannot use up the server's connections or file descriptors for
/// everyone; that address's extra connections are closed as soon as they are accepted.
/// </summary>
public sealed class ClientConnectionLimiter(int maxPerClient, Func<ILogger>? logger = null)
{
    private readonly ConcurrentDictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Connections of <paramref name="client"/> open now (for tests and diagnostics).</summary>
    public int OpenFor(string client) => _open.TryGetValue(client, out var n) ? n : 0;

    public ConnectionDelegate Wrap(ConnectionDelegate next) => async connection =>
    {
        var client = ClientAddress.Of((connection.RemoteEndPoint as IPEndPoint)?.Address);
        if (!TryEnter(client))
        {
            CgiLog.TooManyConnections(logger?.Invoke() ?? NullLogger.Instance, client, maxPerClient);
            connection.Abort();
            return;
        }
        try
        {
            await next(connection);
        }
        finally
        {
            Exit(client);
        }
    };

    private bool TryEnter(string client)
    {
        while (true)
        {
            var current = _open.GetOrAdd(client, 0);
            if (current >= maxPerClient)
                return false;
            if (_open.TryUpdate(client, current + 1, current))
                return true;
        }
    }

    private void Exit(string client)
    {
        while (true)
        {
            var current = _open[client];
            if (current == 1 ? _open.TryRemove(KeyValuePair.Create(client, 1)) : _open.TryUpdate(client, current - 1, current))
                return;
        }
    }
}
