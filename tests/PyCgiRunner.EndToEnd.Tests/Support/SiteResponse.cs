using System.Net;
using System.Text;

namespace PyCgiRunner.EndToEnd.Tests.Support;

/// <summary>A response read whole: status, headers (content headers included), body bytes and text.</summary>
public sealed record SiteResponse(HttpStatusCode Status, IReadOnlyDictionary<string, string[]> Headers, byte[] Body)
{
    public string Text => Encoding.Latin1.GetString(Body);

    public string? Header(string name) =>
        Headers.TryGetValue(name, out var values) ? string.Join(", ", values) : null;

    public string[] All(string name) => Headers.TryGetValue(name, out var values) ? values : [];

    public static async Task<SiteResponse> SendAsync(HttpClient client, HttpRequestMessage request)
    {
        using var response = await client.SendAsync(request);
        var headers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        // NonValidated: the header values exactly as sent, not re-formatted by HttpClient's parsers.
        foreach (var (name, values) in response.Headers.NonValidated.Concat(response.Content.Headers.NonValidated))
            headers[name] = [.. values];
        var body = await response.Content.ReadAsByteArrayAsync();
        return new SiteResponse(response.StatusCode, headers, body);
    }

    public static Task<SiteResponse> GetAsync(HttpClient client, string path, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        foreach (var (name, value) in headers)
            request.Headers.TryAddWithoutValidation(name, value);
        return SendAsync(client, request);
    }

    public static Task<SiteResponse> PostFormAsync(HttpClient client, string path, string urlencoded) =>
        SendAsync(client, new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(urlencoded, Encoding.ASCII, "application/x-www-form-urlencoded"),
        });
}
