using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Commands;

namespace PyCgiRunner.EndToEnd.Tests.Support;

/// <summary>
/// `pycgi serve` as users run it (the same ServeCommand.Build, the real engine) on 127.0.0.1 with an ephemeral
/// port, serving a scratch copy of the tutorial: htdocs as document root, cgi-bin at /cgi-bin/ with the two
/// fixed/ scripts added as setcookies_fixed.py and getcookies_fixed.py, plus our own test scripts. Development
/// mode, tutorial header mode; /tmp means the scratch tmp/ folder.
/// </summary>
public abstract class TutorialSite : IAsyncLifetime
{
    private WebApplication? _app;

    public string Folder { get; } = Directory.CreateTempSubdirectory("pycgi-e2e-").FullName;

    public string TempFolder => Path.Combine(Folder, "tmp");

    public string CgiBin => Path.Combine(Folder, "cgi-bin");

    public Uri BaseAddress { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>A service of the running server (the gateway's admission control, to see its state).</summary>
    public T Service<T>() where T : notnull => _app!.Services.GetRequiredService<T>();

    /// <summary>Extra `pycgi serve` flags (limits) of this site.</summary>
    protected virtual string[] ExtraFlags => [];

    /// <summary>Extra settings of the PyCgi section (keys without the section name), as appsettings.json would give.</summary>
    protected virtual Dictionary<string, string> ExtraSettings => [];

    public async Task InitializeAsync()
    {
        if (!Directory.Exists(CgiBin)) CopySite();
        var line = CgiCommandLine.Parse([
            "--root", Path.Combine(Folder, "htdocs"),
            "--urls", "http://127.0.0.1:0",
            "--mode", "development",
            "--header-mode", "tutorial",
            "--temp-dir", TempFolder,
            "--data-dir", Path.Combine(Folder, "data"),
            .. ExtraFlags,
        ]);
        foreach (var (key, value) in ExtraSettings)
            line.Settings[CgiOptions.SectionName + ":" + key] = value;
        _app = ServeCommand.Build(line);
        await _app.StartAsync();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
        Client = NewClient();
    }

    private void CopySite()
    {
        CopyFolder(Path.Combine(EndToEndPaths.Tutorial, "htdocs"), Path.Combine(Folder, "htdocs"));
        CopyFolder(Path.Combine(EndToEndPaths.Tutorial, "cgi-bin"), CgiBin);
        File.Copy(Path.Combine(EndToEndPaths.Tutorial, "fixed", "setcookies.py"), Path.Combine(CgiBin, "setcookies_fixed.py"));
        File.Copy(Path.Combine(EndToEndPaths.Tutorial, "fixed", "getcookies.py"), Path.Combine(CgiBin, "getcookies_fixed.py"));
        CopyFolder(EndToEndPaths.Scripts, CgiBin);
        Directory.CreateDirectory(TempFolder);
    }

    /// <summary>
    /// What a browser gets, without a browser's extras: no cookie jar, no redirects followed, Latin-1 headers.
    /// With <paramref name="source"/> (another loopback address, 127.0.0.2) the server sees another client.
    /// </summary>
    public HttpClient NewClient(IPAddress? source = null) => new(new SocketsHttpHandler
    {
        ConnectCallback = source is null ? null : async (context, token) =>
        {
            var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(source, 0));
            await socket.ConnectAsync(context.DnsEndPoint, token);
            return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
        },
        UseCookies = false,
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.None,
        ResponseHeaderEncodingSelector = (_, _) => System.Text.Encoding.Latin1,
    })
    {
        BaseAddress = BaseAddress,
        Timeout = TimeSpan.FromSeconds(120),
    };

    public async Task DisposeAsync()
    {
        await StopServerAsync();
        DeleteFolder();
    }

    /// <summary>Stops the server but keeps the site folder (a restart starts it again over the same files).</summary>
    protected async Task StopServerAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }

    protected void DeleteFolder()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)), overwrite: true);
    }
}

/// <summary>The tutorial site with the default limits.</summary>
public sealed class TutorialSiteFixture : TutorialSite;

/// <summary>The tutorial site with a 3 s time limit, for runaway scripts.</summary>
public sealed class ShortTimeLimitSiteFixture : TutorialSite
{
    public const int TimeLimitSeconds = 3;

    protected override string[] ExtraFlags => ["--time-limit", TimeLimitSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)];
}

/// <summary>
/// The tutorial site with tight gateway limits, to see them hold: a 3 s time limit, one running script and one
/// waiting per client address, six connections per client address, 5 s to send request headers, 50 header lines.
/// </summary>
public sealed class GuardedSiteFixture : TutorialSite
{
    protected override string[] ExtraFlags => ["--time-limit", "3", "--max-scripts-per-client", "1", "--max-connections-per-client", "6"];

    protected override Dictionary<string, string> ExtraSettings => new()
    {
        ["Server:MaxQueuedScriptsPerClient"] = "1",
        ["Server:RequestHeadersTimeout"] = "00:00:05",
        ["Server:MaxRequestHeaderCount"] = "50",
    };
}
