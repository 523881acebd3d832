using System.Collections.Concurrent;
using System.Globalization;
using CsCheck;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Tests.Support;
using Xunit.Abstractions;

namespace PyCgiRunner.Cgi.Tests.Fuzz;

/// <summary>
/// Property test of the whole response path on a real Kestrel (issue 7, fuzzing): whatever a script prints, in
/// whatever pieces, the client gets a well-formed HTTP response (the script's, or the gateway's clear 500), and
/// nothing in the gateway fails.
/// </summary>
public sealed class GatewayOutputFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public async Task AnyScriptOutput_WellFormedResponseNoGatewayFailure()
    {
        var outputs = new ConcurrentDictionary<string, (byte[] Output, int[] Chunks)>();
        var runner = new DelegateScriptRunner(async (invocation, stream, token) =>
        {
            var (bytes, chunks) = outputs[invocation.Environment["QUERY_STRING"]];
            for (int at = 0, i = 0; at < bytes.Length; i++)
            {
                var n = Math.Min(chunks[i % chunks.Length], bytes.Length - at);
                await stream.WriteAsync(bytes.AsMemory(at, n), token);
                await stream.FlushAsync(token);
                at += n;
            }
            return DelegateScriptRunner.Success;
        });
        var root = Directory.CreateTempSubdirectory("pycgi-fuzz-gw-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "cgi-bin"));
        File.WriteAllText(Path.Combine(root, "cgi-bin", "any.py"), "");
        Directory.CreateDirectory(Path.Combine(root, "htdocs"));
        long executions = 0;
        try
        {
            await using var server = await GatewayServer.StartAsync(runner, o =>
            {
                o.DocumentRoot = Path.Combine(root, "htdocs");
                o.Mode = CgiMode.Development;
            });
            outputs["warm-up"] = ("Content-Type: text/plain\n\nwarm"u8.ToArray(), [4]);
            Assert.Equal(200, (await server.SendAsync("GET", "/cgi-bin/any.py?warm-up")).StatusCode);

            await Gen.Select(CgiOutputGen.Output, Gen.Bool).SampleAsync(async sample =>
            {
                var id = Interlocked.Increment(ref executions).ToString(CultureInfo.InvariantCulture);
                outputs[id] = sample.Item1;
                var response = await server.SendAsync(sample.Item2 ? "GET" : "HEAD", "/cgi-bin/any.py?" + id);
                outputs.TryRemove(id, out _);
                Assert.StartsWith("HTTP/1.1 ", response.StatusLine);
                Assert.InRange(response.StatusCode, 100, 999);
            }, time: FuzzBudget.Seconds, threads: 1);

            var failures = server.Log().Where(l => l.Contains("unhandled exception", StringComparison.OrdinalIgnoreCase)
                || l.StartsWith("Error 15 ") || l.StartsWith("Error 21 ")).ToList();
            Assert.Empty(failures);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
        FuzzBudget.Report(output, "script output through the gateway", executions);
    }
}
