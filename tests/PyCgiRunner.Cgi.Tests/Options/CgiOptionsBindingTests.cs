using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PyCgiRunner.Cgi.Options;

namespace PyCgiRunner.Cgi.Tests.Options;

/// <summary>appsettings.json, PYCGI__ environment variables and the serve flags all bind to CgiOptions.</summary>
public sealed class CgiOptionsBindingTests
{
    private static CgiOptions Bind(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddPythonCgi(configuration.GetSection(CgiOptions.SectionName));
        return services.BuildServiceProvider().GetRequiredService<IOptions<CgiOptions>>().Value;
    }

    [Fact]
    public void Json_AllSettings_Bound()
    {
        const string json = """
            { "PyCgi": { "DocumentRoot": "/srv/htdocs", "ScriptAliases": { "/scripts/": "/srv/scripts" },
              "ExecCgiUnderDocumentRoot": true, "HeaderMode": "Strict", "Mode": "Development",
              "Limits": { "TimeLimit": "00:00:05", "MemoryLimitBytes": 1048576, "MaxRequestBodyBytes": 2048, "MaxOutputBytes": 4096 } } }
            """;
        var options = Bind(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build());
        Assert.Equal("/srv/htdocs", options.DocumentRoot);
        Assert.Equal("/srv/scripts", options.ScriptAliases["/scripts/"]);
        Assert.True(options.ExecCgiUnderDocumentRoot);
        Assert.Equal(CgiHeaderMode.Strict, options.HeaderMode);
        Assert.Equal(CgiMode.Development, options.Mode);
        Assert.Equal(TimeSpan.FromSeconds(5), options.Limits.TimeLimit);
        Assert.Equal(1048576, options.Limits.MemoryLimitBytes);
        Assert.Equal(2048, options.Limits.MaxRequestBodyBytes);
        Assert.Equal(4096, options.Limits.MaxOutputBytes);
    }

    [Fact]
    public void EnvironmentVariables_DoubleUnderscore_Bound()
    {
        System.Environment.SetEnvironmentVariable("PYCGITEST_PYCGI__HEADERMODE", "Strict");
        System.Environment.SetEnvironmentVariable("PYCGITEST_PYCGI__LIMITS__MAXOUTPUTBYTES", "123");
        try
        {
            var options = Bind(new ConfigurationBuilder().AddEnvironmentVariables("PYCGITEST_").Build());
            Assert.Equal(CgiHeaderMode.Strict, options.HeaderMode);
            Assert.Equal(123, options.Limits.MaxOutputBytes);
        }
        finally
        {
            System.Environment.SetEnvironmentVariable("PYCGITEST_PYCGI__HEADERMODE", null);
            System.Environment.SetEnvironmentVariable("PYCGITEST_PYCGI__LIMITS__MAXOUTPUTBYTES", null);
        }
    }

    [Fact]
    public void Flags_AllOptions_BoundAndWinOverJson()
    {
        var line = CgiCommandLine.Parse(["--root", "/srv/site", "--cgi-bin", "/srv/cgi", "--port", "9090", "--mode", "production",
            "--header-mode", "strict", "--exec-cgi", "--time-limit", "7", "--memory-limit", "64", "--max-body", "2", "--max-output", "3"]);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PyCgi:Mode"] = "Development", ["PyCgi:DocumentRoot"] = "/elsewhere" })
            .AddInMemoryCollection(line.Settings)
            .Build();
        var options = Bind(configuration);
        Assert.Equal(9090, line.Port);
        Assert.Null(line.Urls);
        Assert.Equal("/srv/site", options.DocumentRoot);
        Assert.Equal("/srv/cgi", options.ScriptAliases["/cgi-bin/"]);
        Assert.Equal(CgiMode.Production, options.Mode);
        Assert.Equal(CgiHeaderMode.Strict, options.HeaderMode);
        Assert.True(options.ExecCgiUnderDocumentRoot);
        Assert.Equal(TimeSpan.FromSeconds(7), options.Limits.TimeLimit);
        Assert.Equal(64L * 1024 * 1024, options.Limits.MemoryLimitBytes);
        Assert.Equal(2L * 1024 * 1024, options.Limits.MaxRequestBodyBytes);
        Assert.Equal(3L * 1024 * 1024, options.Limits.MaxOutputBytes);
    }

    [Theory]
    [InlineData("--mode", "debug")]
    [InlineData("--port", "0")]
    [InlineData("--time-limit", "x")]
    [InlineData("--nope", "1")]
    public void Flags_BadValue_Refused(string flag, string value) =>
        Assert.Throws<ArgumentException>(() => CgiCommandLine.Parse([flag, value]));

    [Fact]
    public void Defaults_Sensible()
    {
        var options = new CgiOptions();
        Assert.Equal(CgiHeaderMode.TutorialCompatible, options.HeaderMode);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Limits.TimeLimit);
        Assert.Equal(2048L * 1024 * 1024, options.Limits.MemoryLimitBytes);
        Assert.Equal(128L * 1024 * 1024, options.Limits.MaxRequestBodyBytes);
        Assert.Equal(1024L * 1024 * 1024, options.Limits.MaxOutputBytes);
        Assert.False(options.PassAuthorization);
        Assert.Equal(64, options.Server.MaxConcurrentScripts);
        Assert.Equal(3, options.Server.MaxConcurrentScriptsPerClient);
    }

    [Fact]
    public void ServerLimits_JsonEnvironmentAndFlags_AllBind()
    {
        const string json = """
            { "PyCgi": { "PassAuthorization": true, "Limits": { "MaxHeaderLines": 50, "MaxHeaderBytes": 4096 },
              "Server": { "MaxConcurrentScripts": 3, "MaxQueuedScripts": 9, "QueueTimeout": "00:00:02", "MaxConcurrentScriptsPerClient": 2,
                "MaxQueuedScriptsPerClient": 4, "MaxConnections": 100, "MaxConnectionsPerClient": 10, "MaxRequestHeaderCount": 20,
                "KeepAliveTimeout": "00:00:03", "RequestHeadersTimeout": "00:00:04", "MinRequestBodyBytesPerSecond": 0 } } }
            """;
        var json1 = Bind(new ConfigurationBuilder().AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json))).Build());
        Assert.True(json1.PassAuthorization);
        Assert.Equal((50, 4096L), (json1.Limits.MaxHeaderLines, json1.Limits.MaxHeaderBytes));
        Assert.Equal((3, 9, 2, 4), (json1.Server.MaxConcurrentScripts, json1.Server.MaxQueuedScripts, json1.Server.MaxConcurrentScriptsPerClient, json1.Server.MaxQueuedScriptsPerClient));
        Assert.Equal((100L, 10, 20), (json1.Server.MaxConnections!.Value, json1.Server.MaxConnectionsPerClient, json1.Server.MaxRequestHeaderCount));
        Assert.Equal((TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(4)), (json1.Server.QueueTimeout, json1.Server.KeepAliveTimeout, json1.Server.RequestHeadersTimeout));
        Assert.Equal(0, json1.Server.MinRequestBodyBytesPerSecond);

        var line = CgiCommandLine.Parse(["--max-scripts", "5", "--max-scripts-per-client", "1", "--max-connections", "50",
            "--max-connections-per-client", "7", "--pass-authorization"]);
        var flags = Bind(new ConfigurationBuilder().AddInMemoryCollection(line.Settings).Build());
        Assert.Equal((5, 1, 50L, 7, true), (flags.Server.MaxConcurrentScripts, flags.Server.MaxConcurrentScriptsPerClient,
            flags.Server.MaxConnections!.Value, flags.Server.MaxConnectionsPerClient, flags.PassAuthorization));
    }
}
