using System.Text;
using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Cgi.Tests.Support;

/// <summary>
/// Plays the gateway corpus' CGI programs: each case's program reads stdin to EOF, then writes its .cgiout bytes;
/// <c>other</c> writes helpers/other.cgiout; <c>echo_env</c> is helpers/echo_env.py redone in C#.
/// </summary>
public sealed class CorpusScriptRunner(string corpusFolder) : ICgiScriptRunner
{
    private static readonly string[] EchoNames =
    [
        "REQUEST_METHOD", "QUERY_STRING", "SCRIPT_NAME", "PATH_INFO", "CONTENT_LENGTH", "CONTENT_TYPE",
        "REDIRECT_STATUS", "REDIRECT_URL", "REDIRECT_QUERY_STRING", "REDIRECT_REQUEST_METHOD",
    ];

    public async Task<CgiScriptResult> RunAsync(CgiScriptInvocation invocation, Stream output, CancellationToken cancellationToken)
    {
        var stdin = new MemoryStream();
        await invocation.Stdin.CopyToAsync(stdin, cancellationToken);
        var name = Path.GetFileName(invocation.ScriptPath);
        var bytes = name switch
        {
            "echo_env" => EchoEnv(invocation.Environment, stdin.ToArray()),
            "other" => await File.ReadAllBytesAsync(Path.Combine(corpusFolder, "helpers", "other.cgiout"), cancellationToken),
            _ => await File.ReadAllBytesAsync(Path.Combine(corpusFolder, name + ".cgiout"), cancellationToken),
        };
        await output.WriteAsync(bytes, cancellationToken);
        return new CgiScriptResult(0, CgiScriptOutcome.Completed, null);
    }

    public static byte[] EchoEnv(IReadOnlyDictionary<string, string> environment, byte[] stdin)
    {
        var text = new StringBuilder("Content-Type: text/plain\r\n\r\n");
        foreach (var name in EchoNames)
            text.Append(name).Append('=').Append(environment.TryGetValue(name, out var value) ? PythonRepr(value, "") : "(unset)").Append('\n');
        text.Append("stdin=").Append(PythonRepr(Encoding.Latin1.GetString(stdin), "b")).Append('\n');
        return Encoding.Latin1.GetBytes(text.ToString());
    }

    /// <summary>Python 3's repr of a str (prefix "") or bytes (prefix "b"), for the ASCII values the corpus uses.</summary>
    public static string PythonRepr(string value, string prefix)
    {
        var quote = value.Contains('\'') && !value.Contains('"') ? '"' : '\'';
        var body = new StringBuilder();
        foreach (var c in value)
        {
            body.Append(c switch
            {
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when c == quote => "\\" + c,
                _ when c < 0x20 || c == 0x7F || (prefix == "b" && c > 0x7F) => $"\\x{(int)c:x2}",
                _ => c.ToString(),
            });
        }
        return prefix + quote + body + quote;
    }
}
