using System.IO.Pipelines;
using PyCgiRunner.Cgi.Hosting;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>Starting the run on its own thread and waiting for it within the limits.</summary>
internal sealed partial class CgiScriptExecutor
{
    /// <summary>
    /// The runner runs on its own thread (Task.Run guards against a runner that works synchronously, which
    /// would deadlock against the pipe); the pipe's writer is completed when it ends, so the reader sees EOF.
    /// </summary>
    private Task<CgiScriptResult> RunGuardedAsync(CgiScriptInvocation invocation, PipeWriter writer, string scriptName, CancellationToken token) =>
        Task.Run(async () =>
        {
            try
            {
                await using var output = writer.AsStream(leaveOpen: true);
                return await runner.RunAsync(invocation, output, token);
            }
            catch (OperationCanceledException) when (token.IsCancellationRequested)
            {
                return new CgiScriptResult(-1, CgiScriptOutcome.TimedOut, null);
            }
            catch (Exception exception)
            {
                CgiLog.RunnerCrashed(logger, exception, scriptName);
                return new CgiScriptResult(-1, CgiScriptOutcome.Crashed, null);
            }
            finally
            {
                await writer.CompleteAsync();
            }
        }, CancellationToken.None);

    /// <summary>Waits for the run; a runner that ignores cancellation is left behind after a grace period.</summary>
    private static async Task<CgiScriptResult> AwaitRunAsync(Task<CgiScriptResult> run, CancellationToken token)
    {
        if (!token.IsCancellationRequested)
        {
            try
            {
                return await run.WaitAsync(token);
            }
            catch (OperationCanceledException)
            {
            }
        }
        try
        {
            return await run.WaitAsync(CancelGrace);
        }
        catch (TimeoutException)
        {
            return new CgiScriptResult(-1, CgiScriptOutcome.TimedOut, null);
        }
    }
}
