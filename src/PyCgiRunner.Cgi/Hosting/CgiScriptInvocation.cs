namespace PyCgiRunner.Cgi.Hosting;

/// <summary>Everything one script run needs: the CGI/1.1 world of RFC 3875 §4 plus our limits.</summary>
/// <param name="ScriptPath">The script file: absolute when served; <c>pycgi cgi</c> names it by its file name relative to
/// <paramref name="WorkingDirectory"/>, as <c>python2.7 NAME</c> would (sys.argv[0], __file__, tracebacks).</param>
/// <param name="WorkingDirectory">The script's folder (Apache sets the current directory to it).</param>
/// <param name="Environment">The CGI meta-variables, exactly what <c>os.environ</c> holds.</param>
/// <param name="Stdin">The request body (already received, possibly spooled to a temp file), positioned at 0.</param>
/// <param name="Stderr">Where the script's stderr goes (the gateway logs it).</param>
/// <param name="Limits">Time, memory and output size limits.</param>
public sealed record CgiScriptInvocation(
    string ScriptPath,
    string WorkingDirectory,
    IReadOnlyDictionary<string, string> Environment,
    Stream Stdin,
    Stream Stderr,
    CgiLimits Limits);
