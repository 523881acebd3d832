using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Tests.Support;

/// <summary>A real Kestrel on 127.0.0.1 with an ephemeral port, running the gateway with a test runner.</summary>
public sealed class GatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly List<string> _lines;

    private GatewayServer(WebApplication app, int port, List<string> lines)
    {
        _app = app;
        Port = port;
        _lines = lines;
    }

    public int Port { get; }

    public static async Task<GatewayServer> StartAsync(ICgiScriptRunner runner, Action<CgiOptions> configure)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var lines = new List<string>();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new ListLoggerProvider(lines));
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        builder.Services.AddSingleton(runner);
        builder.Services.AddPythonCgi(configure);
        var app = builder.Build();
        app.UsePythonCgi();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new GatewayServer(app, new Uri(address).Port, lines);
    }

    /// <summary>Log lines written so far (thread-safe snapshot).</summary>
    public string[] Log()
    {
        lock (_lines)
            return [.. _lines];
    }

    public Task<RawHttpResponse> SendAsync(string method, string path, string? extraHeaders = null, byte[]? body = null) =>
        RawHttp.SendAsync(Port, method, path, extraHeaders, body);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
