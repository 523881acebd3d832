using System.Net;
using System.Net.Sockets;
using System.Text;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.EndToEnd.Tests.Support;

namespace PyCgiRunner.EndToEnd.Tests.Hostile;

/// <summary>
/// Hostile-input suite, the gateway's own limits (issue 7, items 8, 9): one client address's burst of runaway scripts
/// or idle connections takes only its share, slow headers are cut off, and everyone else is still served.
/// </summary>
public sealed class GatewayLimitTests(GuardedSiteFixture site) : IClassFixture<GuardedSiteFixture>
{
    private static readonly IPAddress Hostile = IPAddress.Parse("127.0.0.2");

    [Fact]
    public async Task RunawayBurstFromOneClient_ShareRunsOneWaitsRestRefused_OthersServed()
    {
        var admission = site.Service<ScriptAdmission>();
        using var hostile = site.NewClient(Hostile);
        var running = SiteResponse.GetAsync(hostile, "/cgi-bin/loop_forever.py");
        await WaitUntil(() => admission.Running >= 1);
        var waiting = SiteResponse.GetAsync(hostile, "/cgi-bin/loop_forever.py");
        await WaitUntil(() => admission.Queued >= 1);

        var refused = await SiteResponse.GetAsync(hostile, "/cgi-bin/loop_forever.py");
        await Hello.StillServed(site);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await running).Status);
        Assert.Equal(HttpStatusCode.GatewayTimeout, (await waiting).Status);
        await Hello.StillServed(site);
    }

    [Fact]
    public async Task IdleConnectionsFromOneClient_PastItsShareClosed_OthersServed()
    {
        var idle = new List<TcpClient>();
        try
        {
            for (var i = 0; i < 6; i++)
                idle.Add(await Connect(Hostile));

            using var extra = await Connect(Hostile);
            var answer = await SendAndRead(extra, "GET /cgi-bin/hello.py HTTP/1.1\r\nHost: localhost\r\n\r\n");

            Assert.Equal("", answer);
            await Hello.StillServed(site);
        }
        finally
        {
            idle.ForEach(c => c.Dispose());
        }
    }

    [Fact]
    public async Task SlowHeaders_ConnectionCutOffAtTheHeaderTimeout()
    {
        using var slow = await Connect(IPAddress.Parse("127.0.0.3"));
        var stream = slow.GetStream();
        await stream.WriteAsync("GET /cgi-bin/hello.py HTTP/1.1\r\nHost: localhost\r\n"u8.ToArray());
        var closed = false;
        // One header byte a second, for up to 20 s (the timeout is 5 s; Kestrel's default would be 30 s).
        for (var i = 0; i < 20 && !closed; i++)
        {
            try
            {
                await stream.WriteAsync("X"u8.ToArray());
                await Task.Delay(1000);
                closed = slow.Client.Poll(0, SelectMode.SelectRead) && slow.Available == 0
                    || slow.Available > 0 && ReadAll(slow).Contains("408");
            }
            catch (IOException)
            {
                closed = true;
            }
        }

        Assert.True(closed, "the server should have cut off a client that never finishes its headers");
        await Hello.StillServed(site);
    }

    [Fact]
    public async Task TooManyRequestHeaders_431()
    {
        using var client = await Connect(IPAddress.Loopback);
        var headers = string.Concat(Enumerable.Range(0, 60).Select(i => $"X-H{i}: v\r\n"));

        var answer = await SendAndRead(client, "GET /cgi-bin/hello.py HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n");

        Assert.StartsWith("HTTP/1.1 431", answer);
        await Hello.StillServed(site);
    }

    [Fact]
    public async Task StoppedScript_ItsTemporaryFilesGone()
    {
        var response = await SiteResponse.GetAsync(site.Client, "/cgi-bin/tmp_peek.py?loop");

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.Status);
        // The run ends at its deadline; its folder goes with it (the answer may come a moment before).
        await WaitUntil(() => !Directory.EnumerateFileSystemEntries(site.TempFolder).Any());
        await Hello.StillServed(site);
    }

    [Fact]
    public async Task RunawayScript_PastItsProcessorAllowance_ItsThreadMovedToTheIdleClass()
    {
        if (!OperatingSystem.IsLinux())
            return;
        using var client = site.NewClient(IPAddress.Parse("127.0.0.4"));
        var loop = SiteResponse.GetAsync(client, "/cgi-bin/loop_forever.py");

        // The server runs in this process: its script threads are among ours (Linux: /proc/self/task/*/stat, nice is
        // field 19, the scheduling policy field 41; SCHED_IDLE is 5).
        await WaitUntil(() => ScriptThreadPriorities().Any(p => p.Policy == 5 || p.Nice == 19));

        Assert.Equal(HttpStatusCode.GatewayTimeout, (await loop).Status);
        await Hello.StillServed(site);
    }

    private static List<(int Nice, int Policy)> ScriptThreadPriorities()
    {
        var values = new List<(int, int)>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                if (File.ReadAllText(Path.Combine(task, "comm")).Trim() != "pycgi-script")
                    continue;
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                values.Add((int.Parse(fields[16], System.Globalization.CultureInfo.InvariantCulture), int.Parse(fields[38], System.Globalization.CultureInfo.InvariantCulture)));
            }
            catch (IOException)
            {
                // The thread ended meanwhile.
            }
        }
        return values;
    }

    private async Task<TcpClient> Connect(IPAddress source)
    {
        var client = new TcpClient(new IPEndPoint(source, 0));
        await client.ConnectAsync(IPAddress.Loopback, site.BaseAddress.Port);
        return client;
    }

    private static async Task<string> SendAndRead(TcpClient client, string request)
    {
        var stream = client.GetStream();
        try
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
            var buffer = new byte[4096];
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var read = await stream.ReadAsync(buffer, timeout.Token);
            return Encoding.Latin1.GetString(buffer, 0, read);
        }
        catch (IOException)
        {
            return ""; // reset by the server: closed as well
        }
    }

    private static string ReadAll(TcpClient client)
    {
        var buffer = new byte[client.Available];
        var read = client.GetStream().Read(buffer);
        return Encoding.Latin1.GetString(buffer, 0, read);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition());
    }
}
