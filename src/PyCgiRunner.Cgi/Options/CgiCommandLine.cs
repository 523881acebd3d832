using System.Globalization;

namespace PyCgiRunner.Cgi.Options;

/// <summary>
/// Turns <c>pycgi serve</c>'s flags into configuration keys of the <c>PyCgi</c> section, so flags, appsettings.json
/// and <c>PYCGI__...</c> environment variables all bind to the same <see cref="CgiOptions"/> (flags win).
/// </summary>
public sealed class CgiCommandLine
{
    public Dictionary<string, string?> Settings { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Kestrel URLs from <c>--urls</c>; null means <c>http://127.0.0.1:{Port}</c>.</summary>
    public string? Urls { get; private set; }

    public int Port { get; private set; } = 8080;

    public static string Usage =>
        "usage: pycgi serve [--root DIR] [--cgi-bin DIR] [--port N] [--urls URLS] [--mode development|production]\n" +
        "                   [--header-mode tutorial|strict] [--exec-cgi] [--time-limit SECONDS] [--memory-limit MB]\n" +
        "                   [--max-body MB] [--max-output MB] [--data-dir DIR] [--temp-dir DIR] [--stdlib PATH]\n" +
        "                   [--max-scripts N] [--max-scripts-per-client N] [--max-connections N]\n" +
        "                   [--max-connections-per-client N] [--pass-authorization]";

    public static CgiCommandLine Parse(IReadOnlyList<string> args)
    {
        var line = new CgiCommandLine();
        for (var i = 0; i < args.Count; i++)
        {
            var flag = args[i];
            string Value()
            {
                if (i + 1 >= args.Count)
                    throw new ArgumentException($"{flag} needs a value");
                return args[++i];
            }
            switch (flag)
            {
                case "--root": line.Set("DocumentRoot", Path.GetFullPath(Value())); break;
                case "--cgi-bin": line.Set("ScriptAliases:/cgi-bin/", Path.GetFullPath(Value())); break;
                case "--port": line.Port = ParseNumber(flag, Value(), 1, 65535); break;
                case "--urls": line.Urls = Value(); break;
                case "--mode": line.Set("Mode", Choice(flag, Value(), ("development", "Development"), ("production", "Production"))); break;
                case "--header-mode": line.Set("HeaderMode", Choice(flag, Value(), ("tutorial", "TutorialCompatible"), ("strict", "Strict"))); break;
                case "--data-dir": line.Set("DataDirectory", Path.GetFullPath(Value())); break;
                case "--temp-dir": line.Set("TempDirectory", Path.GetFullPath(Value())); break;
                case "--stdlib": line.Set("StandardLibrary", Path.GetFullPath(Value())); break;
                case "--exec-cgi": line.Set("ExecCgiUnderDocumentRoot", "true"); break;
                case "--time-limit":
                    line.Set("Limits:TimeLimit", TimeSpan.FromSeconds(ParseNumber(flag, Value(), 1, 86400)).ToString("c", CultureInfo.InvariantCulture));
                    break;
                case "--memory-limit": line.Set("Limits:MemoryLimitBytes", Megabytes(flag, Value())); break;
                case "--max-body": line.Set("Limits:MaxRequestBodyBytes", Megabytes(flag, Value())); break;
                case "--max-output": line.Set("Limits:MaxOutputBytes", Megabytes(flag, Value())); break;
                case "--max-scripts": line.Set("Server:MaxConcurrentScripts", Count(flag, Value())); break;
                case "--max-scripts-per-client": line.Set("Server:MaxConcurrentScriptsPerClient", Count(flag, Value())); break;
                case "--max-connections": line.Set("Server:MaxConnections", Count(flag, Value())); break;
                case "--max-connections-per-client": line.Set("Server:MaxConnectionsPerClient", Count(flag, Value())); break;
                case "--pass-authorization": line.Set("PassAuthorization", "true"); break;
                default: throw new ArgumentException($"unknown option {flag}");
            }
        }
        return line;
    }

    private void Set(string key, string value) => Settings[CgiOptions.SectionName + ":" + key] = value;

    private static string Megabytes(string flag, string value) =>
        (ParseNumber(flag, value, 1, 1024 * 1024) * 1024L * 1024).ToString(CultureInfo.InvariantCulture);

    private static string Count(string flag, string value) =>
        ParseNumber(flag, value, 1, 1_000_000).ToString(CultureInfo.InvariantCulture);

    private static int ParseNumber(string flag, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n
            : throw new ArgumentException($"{flag} wants a whole number from {min} to {max}, not '{value}'");

    private static string Choice(string flag, string value, params (string Flag, string Setting)[] choices) =>
        choices.FirstOrDefault(c => c.Flag.Equals(value, StringComparison.OrdinalIgnoreCase)).Setting
        ?? throw new ArgumentException($"{flag} wants one of {string.Join(", ", choices.Select(c => c.Flag))}, not '{value}'");
}
