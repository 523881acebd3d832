using System.Text;
using System.Text.Json;
using PyCgiRunner.Cgi.Tests.Support;

namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>
/// The gateway corpus over real HTTP: each case's request sent as raw bytes, the response normalized as the
/// corpus README says and compared with Apache's (main or streamed timing), apart from the documented
/// differences in gateway-differences.txt.
/// </summary>
public sealed class GatewayCorpusTests(GatewayCorpusFixture fixture) : IClassFixture<GatewayCorpusFixture>
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var json in Directory.GetFiles(RepoPaths.GatewayCorpus, "*.json").Order(StringComparer.Ordinal))
            data.Add(Path.GetFileNameWithoutExtension(json));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public Task StrictMode_Case_MatchesApacheOrDocumentedDifference(string name) => RunCase(fixture.Strict, "strict", name);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task TutorialMode_Case_MatchesApacheOrDocumentedDifference(string name) => RunCase(fixture.Tutorial, "tutorial", name);

    [Fact]
    public void DifferencesList_EveryEntry_NamesAnExistingCase()
    {
        foreach (var difference in GatewayDifference.Load())
            Assert.True(File.Exists(Path.Combine(RepoPaths.GatewayCorpus, difference.Case + ".json")), difference.Case);
    }

    private static async Task RunCase(GatewayServer server, string mode, string name)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.GatewayCorpus, name + ".json")));
        var method = json.RootElement.GetProperty("method").GetString()!;
        var path = json.RootElement.GetProperty("path").GetString()!;
        var post = method == "POST";
        var actual = await server.SendAsync(method, path,
            post ? "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 7\r\n" : null,
            post ? "a=1&b=2"u8.ToArray() : null);

        var difference = GatewayDifference.Load().SingleOrDefault(d => d.Case == name && d.AppliesTo(mode));
        var main = RawHttpResponse.FromFile(Path.Combine(RepoPaths.GatewayCorpus, name + ".http"));
        if (difference is null)
        {
            var streamedPath = Path.Combine(RepoPaths.GatewayCorpus, "streamed", name + ".http");
            var streamed = File.Exists(streamedPath) ? RawHttpResponse.FromFile(streamedPath) : main;
            AssertSameResponse(actual, main, streamed);
        }
        else if (difference.Expectation == "own-page")
        {
            Assert.Equal(main.StatusLine, actual.StatusLine);
            Assert.Equal(main.ComparableHeaders(withContentLength: false), actual.ComparableHeaders(withContentLength: false));
            Assert.StartsWith("<!DOCTYPE html>", actual.BodyText);
            Assert.Contains("PyCgiRunner", actual.BodyText);
            Assert.Equal(actual.Body.Length.ToString(), actual.Header("Content-Length"));
        }
        else
        {
            var expected = RawHttpResponse.FromFile(Path.Combine(AppContext.BaseDirectory, "Corpus", difference.Expectation["ours:".Length..]));
            Assert.Equal(expected.StatusLine, actual.StatusLine);
            Assert.Equal(expected.ComparableHeaders(withContentLength: false), actual.ComparableHeaders(withContentLength: false));
            Assert.Equal(expected.BodyText, actual.BodyText);
            if (actual.Header("Content-Length") is { } length)
                Assert.Equal(actual.Body.Length.ToString(), length);
        }
    }

    /// <summary>Either timing is fine: Apache's Content-Length depends on a race (README "Two timings").</summary>
    private static void AssertSameResponse(RawHttpResponse actual, RawHttpResponse main, RawHttpResponse streamed)
    {
        var matchesMain = actual.StatusLine == main.StatusLine && actual.ComparableHeaders().SequenceEqual(main.ComparableHeaders());
        var matchesStreamed = actual.StatusLine == streamed.StatusLine && actual.ComparableHeaders().SequenceEqual(streamed.ComparableHeaders());
        if (!matchesMain && !matchesStreamed)
        {
            // Show the difference against the main timing.
            Assert.Equal(Describe(main), Describe(actual));
        }
        Assert.Equal(main.BodyText, actual.BodyText);
    }

    private static string Describe(RawHttpResponse response)
    {
        var text = new StringBuilder(response.StatusLine).Append('\n');
        foreach (var header in response.ComparableHeaders())
            text.Append(header).Append('\n');
        return text.ToString();
    }
}
