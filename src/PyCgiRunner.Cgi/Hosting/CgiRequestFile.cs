using System.Text;
using System.Text.Json;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Reads a request in the cgi corpus' format (<c>conformance/cgi/README.md</c>): <c>script</c> relative to the
/// JSON's folder, <c>method</c>, <c>query</c>, <c>headers</c>, <c>body</c> (text, sent UTF-8) or
/// <c>body_base64</c>, <c>path_info</c> ("" = unset).
/// </summary>
public static class CgiRequestFile
{
    public static CgiRequest Load(string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(jsonPath));
        var root = document.RootElement;
        var folder = Path.GetDirectoryName(Path.GetFullPath(jsonPath))!;
        var script = Path.GetFullPath(Path.Combine(folder, Text(root, "script") ?? throw new InvalidDataException($"{jsonPath}: no \"script\"")));
        var headers = new List<KeyValuePair<string, string>>();
        if (root.TryGetProperty("headers", out var h) && h.ValueKind == JsonValueKind.Object)
        {
            foreach (var header in h.EnumerateObject())
                headers.Add(KeyValuePair.Create(header.Name, header.Value.GetString() ?? ""));
        }
        byte[]? body = null;
        if (Text(root, "body") is { } text)
            body = Encoding.UTF8.GetBytes(text);
        else if (Text(root, "body_base64") is { } base64)
            body = Convert.FromBase64String(base64);
        return new CgiRequest(script, Text(root, "method") ?? "GET", Text(root, "query") ?? "", headers, body, Text(root, "path_info") ?? "");
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
