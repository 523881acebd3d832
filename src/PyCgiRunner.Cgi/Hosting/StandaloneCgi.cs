using System.Globalization;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// Runs one script once as a CGI program, the way the cgi corpus' reference ran CPython
/// (<c>conformance/cgi/README.md</c>, "How the reference ran"): <c>python2.7 NAME</c> from the script's folder,
/// <c>env -i</c> plus exactly the listed variables, the body on stdin. <c>pycgi cgi</c> and the corpus test share it.
/// </summary>
public static class StandaloneCgi
{
    /// <summary>The environment of the README's list, in its order; nothing else (no PYTHON*, no SCRIPT_FILENAME).</summary>
    public static Dictionary<string, string> Environment(CgiRequest request)
    {
        var env = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["PATH"] = "/usr/bin:/bin",
            ["LC_ALL"] = "C",
            ["TZ"] = "UTC",
            ["GATEWAY_INTERFACE"] = "CGI/1.1",
            ["SERVER_SOFTWARE"] = "PyCgiRunner",
            ["SERVER_NAME"] = "localhost",
            ["SERVER_PORT"] = "8080",
            ["SERVER_PROTOCOL"] = "HTTP/1.1",
            ["REMOTE_ADDR"] = "127.0.0.1",
            ["REQUEST_METHOD"] = request.Method,
            ["QUERY_STRING"] = request.Query,
            ["SCRIPT_NAME"] = "/cgi-bin/" + Path.GetFileName(request.ScriptPath),
        };
        if (request.PathInfo.Length > 0)
            env["PATH_INFO"] = request.PathInfo;
        foreach (var (name, value) in request.Headers)
        {
            // RFC 3875 §4.1.2/§4.1.3: the body's type and length have their own variables, never HTTP_*.
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
                env["CONTENT_TYPE"] = value;
            else if (!name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                env["HTTP_" + name.ToUpperInvariant().Replace('-', '_')] = value;
        }
        if (request.Body is { } body)
            env["CONTENT_LENGTH"] = body.Length.ToString(CultureInfo.InvariantCulture);
        // os.environ holds byte strings: request text reaches the script UTF-8 encoded, as from Apache.
        return env.ToDictionary(kv => kv.Key, kv => PyCgiRunner.Cgi.Environment.ByteStrings.FromText(kv.Value));
    }

    /// <summary>
    /// Runs the request through the runner (on its own big-stack thread), stdout and stderr passed through. The script is named by its file name and runs from its folder, so sys.argv[0], __file__ and tracebacks
    /// show the bare name as in the reference.
    /// </summary>
    public static Task<CgiScriptResult> RunAsync(PythonCgiScriptRunner runner, CgiRequest request, Stream stdout, Stream stderr, CgiLimits limits, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(request.ScriptPath);
        var invocation = new CgiScriptInvocation(
            Path.GetFileName(full),
            Path.GetDirectoryName(full)!,
            Environment(request),
            request.Body is { } body ? new MemoryStream(body, writable: false) : Stream.Null,
            stderr,
            limits);
        return runner.RunAsync(invocation, stdout, cancellationToken);
    }

    /// <summary>The process exit status for a run: the script's own, or 124 (timeout) / 137 (memory) / 70 (engine failure) as a shell would report them.</summary>
    public static int ExitStatus(CgiScriptResult result) => result.Outcome switch
    {
        CgiScriptOutcome.Completed => result.ExitCode,
        CgiScriptOutcome.TimedOut => 124,
        CgiScriptOutcome.MemoryLimitExceeded => 137,
        _ => 70,
    };
}
