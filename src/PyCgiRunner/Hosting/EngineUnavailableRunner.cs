using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Hosting;

/// <summary>
/// Stands in for the engine until it is wired in: every script run is a failure saying so. Never a fake success,
/// so nobody mistakes the placeholder for a working server.
/// </summary>
public sealed class EngineUnavailableRunner : ICgiScriptRunner
{
    public Task<CgiScriptResult> RunAsync(CgiScriptInvocation invocation, Stream output, CancellationToken cancellationToken)
    {
        const string message = "engine not available: this build of pycgi cannot run Python scripts yet";
        var frames = new[] { new ScriptFrame(invocation.ScriptPath, 1, "<module>") };
        var traceback = $"Traceback (most recent call last):\n  File \"{invocation.ScriptPath}\", line 1, in <module>\nEngineUnavailable: {message}\n";
        invocation.Stderr.Write(System.Text.Encoding.ASCII.GetBytes(traceback));
        return Task.FromResult(new CgiScriptResult(1, CgiScriptOutcome.Completed, new ScriptFailure("EngineUnavailable", message, frames, traceback)));
    }
}
