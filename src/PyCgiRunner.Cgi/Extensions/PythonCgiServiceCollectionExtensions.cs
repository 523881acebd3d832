using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using PyCgiRunner.Cgi.Options;

// In the framework's namespace so `services.AddPythonCgi()` is found without a using (STYLE.md).
namespace Microsoft.Extensions.DependencyInjection;

public static class PythonCgiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway's options. The script runner (<see cref="PyCgiRunner.Cgi.Hosting.ICgiScriptRunner"/>)
    /// is registered separately by the host: it is the engine. Also makes Kestrel read and write header bytes as
    /// Latin-1, so bytes 0x80–0xFF pass unchanged both ways (conformance/gateway 020), as they do in Apache.
    /// </summary>
    public static IServiceCollection AddPythonCgi(this IServiceCollection services, Action<CgiOptions>? configure = null)
    {
        services.AddOptions<CgiOptions>();
        if (configure is not null)
            services.Configure(configure);
        services.Configure<KestrelServerOptions>(kestrel =>
        {
            kestrel.RequestHeaderEncodingSelector = _ => Encoding.Latin1;
            kestrel.ResponseHeaderEncodingSelector = _ => Encoding.Latin1;
        });
        return services;
    }

    /// <summary>Binds <see cref="CgiOptions"/> from a configuration section (usually <c>PyCgi</c>), then applies <paramref name="configure"/>.</summary>
    public static IServiceCollection AddPythonCgi(this IServiceCollection services, IConfiguration section, Action<CgiOptions>? configure = null)
    {
        services.Configure<CgiOptions>(section);
        return services.AddPythonCgi(configure);
    }
}
