using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Commands;

/// <summary>
/// `pycgi serve`: Kestrel with the CGI gateway. Options come from appsettings.json (section PyCgi), PYCGI__...
/// environment variables and the flags, flags winning. With no --root the bundled sample site is served.
/// </summary>
public static class ServeCommand
{
    public static int Run(string[] args)
    {
        CgiCommandLine line;
        try
        {
            line = CgiCommandLine.Parse(args);
        }
        catch (ArgumentException error)
        {
            Console.Error.WriteLine("pycgi serve: " + error.Message);
            Console.Error.WriteLine(CgiCommandLine.Usage);
            return 2;
        }

        var app = Build(line);
        var options = app.Services.GetRequiredService<IOptions<CgiOptions>>().Value;
        // The engine is built before listening, so a missing standard library stops the start with its one-line message.
        var runner = (PythonCgiScriptRunner)app.Services.GetRequiredService<ICgiScriptRunner>();
        Console.WriteLine($"pycgi: Python 2.7 standard library: {runner.Engine.Library.Description}");
        Console.WriteLine($"pycgi: serving {options.DocumentRoot ?? "(no document root)"} in {options.Mode} mode, {options.HeaderMode} headers");
        foreach (var (prefix, folder) in options.EffectiveScriptAliases())
            Console.WriteLine($"pycgi: scripts {prefix} -> {folder}");
        app.Run();
        return 0;
    }

    public static WebApplication Build(CgiCommandLine line)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });

        // Lowest precedence: what `pycgi serve` means with nothing configured — the bundled sample site, and
        // development error pages (the server listens on loopback only unless --urls says otherwise).
        var sampleSite = Path.Combine(AppContext.BaseDirectory, "SampleSite");
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["PyCgi:DocumentRoot"] = Path.Combine(sampleSite, "htdocs"),
                ["PyCgi:Mode"] = nameof(CgiMode.Development),
            },
        });
        // Highest precedence: the flags.
        builder.Configuration.AddInMemoryCollection(line.Settings);

        // The gateway first: its Kestrel setup (limits, the per-client connection rule as an endpoint default) must
        // run before the endpoint below is declared.
        builder.Services.AddPythonCgi(builder.Configuration.GetSection(CgiOptions.SectionName));
        if (line.Urls is not null)
            builder.WebHost.UseUrls(line.Urls);
        else
            builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, line.Port));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        builder.Services.AddSingleton(CreateScriptRunner);

        var app = builder.Build();
        app.UsePythonCgi();
        return app;
    }

    // ==================================================================================================
    // ENGINE SEAM — the one place the script runner is chosen: our Python 2.7 engine, one per process (its
    // compiled-code cache is shared by all requests), in the sandbox the options describe.
    // ==================================================================================================
    private static ICgiScriptRunner CreateScriptRunner(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<CgiOptions>>().Value;
        var engine = new PythonEngine(new EngineOptions { StandardLibrary = options.StandardLibrary });
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger<PythonCgiScriptRunner>();
        return new PythonCgiScriptRunner(engine, CgiSandbox.FromOptions(options, engine.ShimsDirectory), logger);
    }
}
