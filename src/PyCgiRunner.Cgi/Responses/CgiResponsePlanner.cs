namespace PyCgiRunner.Cgi.Responses;

/// <summary>Decides what a parsed header block becomes on the wire, following Apache 2.4 (conformance/gateway).</summary>
public static class CgiResponsePlanner
{
    public static CgiResponsePlan Plan(CgiHeaderBlock block)
    {
        var (code, reason, _) = CgiStatus.Parse(block.Status);
        var headers = new List<KeyValuePair<string, string>>(block.Ordinary);
        headers.AddRange(block.Cookies);

        if (block.Location is { } location && code == 200)
        {
            // RFC 3875 §6.2.2 / Apache: a local path without a redirect status is an internal redirect (032–035);
            // the first script's body and Content-Type are discarded, its other headers are kept.
            if (location.Value.StartsWith('/'))
                return Checked(new CgiResponsePlan(CgiResponseKind.InternalRedirect, 200, "OK", headers, SendBody: false, RedirectLocation: location.Value));

            // RFC 3875 §6.2.3 client redirect: Apache answers 302 with its own page, keeps the other headers and
            // replaces Content-Type (037, 039, 040, 041). The Location is never rewritten.
            headers.Add(location);
            headers.Add(KeyValuePair.Create("Content-Type", CgiResponsePlan.ApachePageContentType));
            return Checked(new CgiResponsePlan(CgiResponseKind.MovedPage, 302, "Found", headers, SendBody: false, RedirectLocation: location.Value));
        }

        if (block.Location is { } kept)
            headers.Add(kept);

        // 204 and 304 carry no body, and Apache drops the script's Content-Type with it (028, 029).
        var bodyless = code is 204 or 304;
        if (block.ContentType is not null && !bodyless)
            headers.Add(KeyValuePair.Create("Content-Type", block.ContentType));
        return Checked(new CgiResponsePlan(CgiResponseKind.Send, code, reason, headers, SendBody: !bodyless));
    }

    /// <summary>
    /// Apache's default HttpProtocolOptions Strict refuses, when sending, a header name that is not a token (014)
    /// and a control character in a value (019): 500 with the server's own page.
    /// </summary>
    private static CgiResponsePlan Checked(CgiResponsePlan plan)
    {
        foreach (var (name, value) in plan.Headers)
        {
            if (!HttpTokens.IsToken(name))
                return Invalid($"Response header name '{name}' contains invalid characters");
            if (!HttpTokens.IsValidFieldValue(value))
                return Invalid($"Response header '{name}' value of '{Escape(value)}' contains invalid characters");
        }
        if (!HttpTokens.IsValidFieldValue(plan.ReasonPhrase))
            return Invalid($"Status line '{Escape(plan.StatusLine)}' contains invalid characters");
        return plan;
    }

    private static CgiResponsePlan Invalid(string problem) =>
        new(CgiResponseKind.InvalidHeader, 500, "Internal Server Error",
            [KeyValuePair.Create("Content-Type", CgiResponsePlan.ApachePageContentType)], SendBody: false, Problem: problem);

    private static string Escape(string value) =>
        string.Concat(value.Select(c => c < 0x20 || c == 0x7F ? $"\\x{(int)c:x2}" : c.ToString()));
}
