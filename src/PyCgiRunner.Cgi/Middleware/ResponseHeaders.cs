using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Primitives;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>Puts a plan's status line and headers on the ASP.NET Core response.</summary>
internal static class ResponseHeaders
{
    /// <summary>Hop-by-hop headers the server owns (RFC 9110 §7.6.1); Kestrel frames the connection itself.</summary>
    private static readonly HashSet<string> ServerOwned = new(StringComparer.OrdinalIgnoreCase)
    {
        "Keep-Alive", "Upgrade", "Trailer", "TE", "Proxy-Connection",
    };

    public static void Apply(HttpResponse response, CgiResponsePlan plan)
    {
        response.StatusCode = plan.StatusCode;
        // Send the script's reason phrase exactly (023, 026); null lets Kestrel write the standard one.
        var feature = response.HttpContext.Features.Get<IHttpResponseFeature>();
        if (feature is not null && plan.ReasonPhrase != CgiStatus.StandardPhrase(plan.StatusCode))
            feature.ReasonPhrase = plan.ReasonPhrase;
        // Values of one name are set together: adding them one by one copies the list each time (quadratic for a
        // script's many Set-Cookie lines).
        var grouped = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        var order = new List<string>();
        foreach (var (name, value) in plan.Headers)
        {
            if (!grouped.TryGetValue(name, out var values))
            {
                grouped[name] = values = [];
                order.Add(name);
            }
            values.Add(value);
        }
        foreach (var name in order)
            Add(response, name, [.. grouped[name]]);
    }

    public static void Add(HttpResponse response, string name, string value) => Add(response, name, [value]);

    private static void Add(HttpResponse response, string name, string[] values)
    {
        if (name.Equals("Connection", StringComparison.OrdinalIgnoreCase))
        {
            // Apache honours the script's "Connection: close" (061); other values would fight Kestrel's framing.
            if (values.Any(v => v.Contains("close", StringComparison.OrdinalIgnoreCase)))
                response.Headers.Connection = "close";
            return;
        }
        if (ServerOwned.Contains(name))
            return;
        // Not IHeaderDictionary.Append: it silently drops an empty value, and Apache sends "X-Empty: " (015).
        var existing = response.Headers[name];
        response.Headers[name] = existing.Count == 0 ? new StringValues(values) : StringValues.Concat(existing, new StringValues(values));
    }
}
