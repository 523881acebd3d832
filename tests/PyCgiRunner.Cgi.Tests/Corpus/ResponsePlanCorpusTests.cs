using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;
using PyCgiRunner.Cgi.Tests.Support;

namespace PyCgiRunner.Cgi.Tests.Corpus;

/// <summary>
/// The corpus at the parser level, where header order is ours to decide: for every case Apache sent with the
/// script's own headers, the plan's status line and headers are Apache's, in Apache's exact wire order
/// (Kestrel reorders the headers it knows, so the HTTP-level test cannot check this).
/// </summary>
public sealed class ResponsePlanCorpusTests
{
    public static TheoryData<string> SendCases()
    {
        var data = new TheoryData<string>();
        foreach (var json in Directory.GetFiles(RepoPaths.GatewayCorpus, "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(json);
            if (name == "065_cgitb_prelude")
                continue; // the deliberate difference (gateway-differences.txt)
            var output = File.ReadAllBytes(Path.Combine(RepoPaths.GatewayCorpus, name + ".cgiout"));
            if (CgiResponseParser.Parse(output, CgiHeaderMode.Strict).Plan?.Kind is CgiResponseKind.Send or CgiResponseKind.MovedPage)
                data.Add(name);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(SendCases))]
    public void StrictPlan_Case_HasApacheStatusAndHeaderOrder(string name)
    {
        var output = File.ReadAllBytes(Path.Combine(RepoPaths.GatewayCorpus, name + ".cgiout"));
        var plan = CgiResponseParser.Parse(output, CgiHeaderMode.Strict).Plan!;
        var apache = RawHttpResponse.FromFile(Path.Combine(RepoPaths.GatewayCorpus, name + ".http"));

        Assert.Equal(apache.StatusLine, "HTTP/1.1 " + plan.StatusLine);
        var expected = apache.Headers.Where(h => h.Key != "Content-Length").Select(h => $"{h.Key}: {h.Value}");
        // The corpus normalization drops Connection and the like; so must we before comparing (061).
        Assert.Equal(expected, plan.Headers.Where(h => !RawHttpResponse.Dropped.Contains(h.Key)).Select(h => $"{h.Key}: {h.Value}"));
    }

    [Fact]
    public void StrictPlan_AllCases_ClassifiedLikeApache()
    {
        // Which cases end as what, in strict mode: a check that the theory above covers the cases it should.
        var kinds = Directory.GetFiles(RepoPaths.GatewayCorpus, "*.cgiout")
            .ToDictionary(f => Path.GetFileNameWithoutExtension(f), f =>
            {
                var result = CgiResponseParser.Parse(File.ReadAllBytes(f), CgiHeaderMode.Strict);
                return result.Error is { } e ? e.Kind.ToString() : result.Plan!.Kind.ToString();
            });
        Assert.Equal("InvalidHeader", kinds["014_space_before_colon"]);
        Assert.Equal("InvalidHeader", kinds["019_ctl_char_in_value"]);
        Assert.Equal("Malformed", kinds["016_folded_header"]);
        Assert.Equal("Malformed", kinds["017_whitespace_only_line"]);
        Assert.Equal("PrematureEnd", kinds["044_headers_then_eof"]);
        Assert.Equal("NoOutput", kinds["045_empty_output"]);
        Assert.Equal("Malformed", kinds["046_first_line_no_colon"]);
        Assert.Equal("Malformed", kinds["047_later_line_no_colon"]);
        Assert.Equal("LineTooLong", kinds["049_header_line_8190"]);
        Assert.Equal("LineTooLong", kinds["050_header_over_8k"]);
        Assert.Equal("InternalRedirect", kinds["032_location_local"]);
        Assert.Equal("InternalRedirect", kinds["035_location_local_with_body_and_headers"]);
        Assert.Equal("MovedPage", kinds["037_location_absolute"]);
        Assert.Equal("Send", kinds["065_cgitb_prelude"]);
    }
}
