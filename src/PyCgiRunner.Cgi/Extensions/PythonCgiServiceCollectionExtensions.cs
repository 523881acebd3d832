using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PyCgiRunner.Cgi.Extensions;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;

// In the framework's namespace so `services.AddPythonCgi()` is found without a using (STYLE.md).
namespace Microsoft.Extensions.DependencyInjection;

public static class PythonCgiServiceCollectionExtensions
{
    /// <summary>
    /// Registers the gateway's options and its admission control (how many scripts run at once, per client too).
    /// The script runner (<see cref="PyCgiRunner.Cgi.Hosting.ICgiScriptRunner"/>) is registered separately by the
    /// host: it is the engine. Also sets Kestrel's limits from <see cref="CgiOptions.Server"/> and makes it read and
    /// write header bytes as Latin-1 (<see cref="CgiKestrelSetup"/>); call it before declaring Kestrel endpoints with
    /// <c>Listen</c> so the per-client connection rule applies to them.
    /// </summary>
    public static IServiceCollection AddPythonCgi(this IServiceCollection services, Action<CgiOptions>? configure = null)
    {
        services.AddOptions<CgiOptions>();
        if (configure is not null)
            services.Configure(configure);
        services.TryAddSingleton(provider => new ScriptAdmission(provider.GetRequiredService<IOptions<CgiOptions>>().Value.Server));
        services.TryAddEnumerable(ServiceDescriptor.Transient<IConfigureOptions<KestrelServerOptions>, CgiKestrelSetup>());
        return services;
    }

    /// <summary>Binds <see cref="CgiOptions"/> from a configuration section (usually <c>PyCgi</c>), then applies <paramref name="configure"/>.</summary>
    public static IServiceCollection AddPythonCgi(this IServiceCollection services, IConfiguration section, Action<CgiOptions>? configure = null)
    {
        services.Configure<CgiOptions>(section);
        return services.AddPythonCgi(configure);
    }
}
