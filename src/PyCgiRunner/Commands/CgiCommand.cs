using System.Globalization;
using System.Text;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Commands;

/// <summary>
/// `pycgi cgi SCRIPT [flags]` or `pycgi cgi --request case.json`: runs one script once as a CGI program, with the
/// environment the cgi corpus lists (conformance/cgi/README.md), and writes its raw stdout bytes unchanged. stderr
/// and the exit status are the script's. Like `python2.7 SCRIPT` run by hand, there is no sandbox and no limit
/// unless asked for.
/// </summary>
public static class CgiCommand
{
    public const string Usage =
        "usage: pycgi cgi SCRIPT [--method M] [--query Q] [--header 'Name: value']... [--body TEXT | --body-file F]\n" +
        "                        [--path-info P] [--time-limit SECONDS] [--memory-limit MB] [--temp-dir DIR]\n" +
        "       pycgi cgi --request case.json [same limits]";

    public static int Run(string[] args)
    {
        CgiRequest request;
        CgiLimits limits;
        string? tempDir;
        try
        {
            (request, limits, tempDir) = Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or IOException or FormatException or System.Text.Json.JsonException or InvalidDataException)
        {
            Console.Error.WriteLine("pycgi cgi: " + e.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
        if (!File.Exists(request.ScriptPath))
        {
            Console.Error.WriteLine($"pycgi: can't open file '{request.ScriptPath}': [Errno 2] No such file or directory");
            return 2;
        }

        var engine = new PythonEngine();
        var policy = SandboxPolicy.Open with { TempRoot = tempDir };
        // One run from the command line: what the script leaves in --temp-dir stays there to be looked at.
        var runner = new PythonCgiScriptRunner(engine, policy, requestTempFolders: false);
        using var stdout = Console.OpenStandardOutput();
        using var stderr = Console.OpenStandardError();
        var result = StandaloneCgi.RunAsync(runner, request, stdout, stderr, limits).GetAwaiter().GetResult();
        stdout.Flush();
        if (result.Outcome != CgiScriptOutcome.Completed)
            Console.Error.WriteLine($"pycgi cgi: script stopped: {result.Outcome}");
        return StandaloneCgi.ExitStatus(result);
    }

    private static (CgiRequest, CgiLimits, string?) Parse(string[] args)
    {
        string? script = null, requestFile = null, tempDir = null;
        string method = "GET", query = "", pathInfo = "";
        byte[]? body = null;
        var headers = new List<KeyValuePair<string, string>>();
        // As run by hand: no time or memory limit unless asked for.
        var limits = new CgiLimits { TimeLimit = TimeSpan.MaxValue, MemoryLimitBytes = 0 };
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{flag} needs a value");
            switch (flag)
            {
                case "--method": method = Value(); break;
                case "--query": query = Value(); break;
                case "--path-info": pathInfo = Value(); break;
                case "--body": body = Encoding.UTF8.GetBytes(Value()); break;
                case "--body-file": body = File.ReadAllBytes(Value()); break;
                case "--request": requestFile = Value(); break;
                case "--temp-dir": tempDir = Path.GetFullPath(Value()); break;
                case "--time-limit": limits = limits with { TimeLimit = TimeSpan.FromSeconds(Number(flag, Value())) }; break;
                case "--memory-limit": limits = limits with { MemoryLimitBytes = Number(flag, Value()) * 1024 * 1024 }; break;
                case "--header":
                    var header = Value();
                    var colon = header.IndexOf(':');
                    if (colon <= 0)
                        throw new ArgumentException($"--header wants 'Name: value', not '{header}'");
                    headers.Add(KeyValuePair.Create(header[..colon].Trim(), header[(colon + 1)..].Trim()));
                    break;
                default:
                    if (flag.StartsWith("--", StringComparison.Ordinal) || script is not null)
                        throw new ArgumentException($"unexpected argument '{flag}'");
                    script = flag;
                    break;
            }
        }
        if (requestFile is not null)
        {
            if (script is not null)
                throw new ArgumentException("give either SCRIPT or --request, not both");
            return (CgiRequestFile.Load(requestFile), limits, tempDir);
        }
        if (script is null)
            throw new ArgumentException("no script given");
        return (new CgiRequest(Path.GetFullPath(script), method, query, headers, body, pathInfo), limits, tempDir);
    }

    private static long Number(string flag, string value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{flag} wants a positive whole number, not '{value}'");
}
