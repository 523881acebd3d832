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
        Assert.Equal(100L * 1024 * 1024, options.Limits.MaxRequestBodyBytes);
        Assert.Equal(1024L * 1024 * 1024, options.Limits.MaxOutputBytes);
    }
}
