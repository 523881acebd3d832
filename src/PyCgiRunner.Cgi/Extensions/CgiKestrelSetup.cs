using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Extensions;

/// <summary>
/// Kestrel's limits from <see cref="CgiServerLimits"/> (issue 7, item 9): connections in all and per client address,
/// request line and header sizes and counts, the header and keep-alive timeouts, the slowest body and response
/// accepted. Also reads and writes header bytes as Latin-1, so bytes 0x80–0xFF pass unchanged both ways
/// (conformance/gateway 020), as they do in Apache. The per-client connection rule is an endpoint default, so it
/// applies to endpoints declared after this runs (URLs bound at start-up, Listen calls registered later).
/// </summary>
internal sealed class CgiKestrelSetup(IOptions<CgiOptions> options, IServiceProvider services) : IConfigureOptions<KestrelServerOptions>
{
    public void Configure(KestrelServerOptions kestrel)
    {
        kestrel.RequestHeaderEncodingSelector = _ => System.Text.Encoding.Latin1;
        kestrel.ResponseHeaderEncodingSelector = _ => System.Text.Encoding.Latin1;

        var server = options.Value.Server;
        var limits = kestrel.Limits;
        limits.MaxConcurrentConnections = server.MaxConnections;
        limits.MaxRequestHeaderCount = server.MaxRequestHeaderCount;
        limits.MaxRequestHeadersTotalSize = server.MaxRequestHeadersTotalSize;
        limits.MaxRequestLineSize = server.MaxRequestLineSize;
        limits.RequestHeadersTimeout = server.RequestHeadersTimeout;
        limits.KeepAliveTimeout = server.KeepAliveTimeout;
        limits.MinRequestBodyDataRate = server.MinRequestBodyBytesPerSecond > 0
            ? new MinDataRate(server.MinRequestBodyBytesPerSecond, server.MinRequestBodyGracePeriod)
            : null;
        limits.MinResponseDataRate = server.MinResponseBytesPerSecond > 0
            ? new MinDataRate(server.MinResponseBytesPerSecond, TimeSpan.FromSeconds(10))
            : null;

        if (server.MaxConnectionsPerClient > 0)
        {
            var limiter = new ClientConnectionLimiter(server.MaxConnectionsPerClient,
                () => services.GetRequiredService<ILoggerFactory>().CreateLogger<ClientConnectionLimiter>());
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(limiter.Wrap));
        }
    }
}
