using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Cgi.Tests.Support;

/// <summary>A test double for the engine: each script's behaviour is a C# delegate.</summary>
public sealed class DelegateScriptRunner(Func<CgiScriptInvocation, Stream, CancellationToken, Task<CgiScriptResult>> run) : ICgiScriptRunner
{
    public static readonly CgiScriptResult Success = new(0, CgiScriptOutcome.Completed, null);

    public List<CgiScriptInvocation> Invocations { get; } = [];

    public Task<CgiScriptResult> RunAsync(CgiScriptInvocation invocation, Stream output, CancellationToken cancellationToken)
    {
        lock (Invocations)
            Invocations.Add(invocation);
        return run(invocation, output, cancellationToken);
    }

    /// <summary>A runner whose every script writes <paramref name="output"/> and succeeds.</summary>
    public static DelegateScriptRunner Writing(byte[] output) => new(async (_, stream, token) =>
    {
        await stream.WriteAsync(output, token);
        return Success;
    });

    public static DelegateScriptRunner Writing(string output) => Writing(System.Text.Encoding.Latin1.GetBytes(output));
}
