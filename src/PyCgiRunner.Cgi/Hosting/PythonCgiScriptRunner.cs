using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PyCgiRunner.Python.Hosting;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// The gateway's script runner on our own Python 2.7 engine: one shared <see cref="PythonEngine"/> (compiled code
/// cached per script version), each request run on a pooled big-stack thread in a world of its own (DESIGN.md,
/// "Per-request world"): os.environ = the CGI meta-variables exactly, stdin = the body, stdout = the gateway's
/// stream, cwd = the script's folder, files through the sandbox policy, /tmp a folder of the request's own that is
/// deleted when the run ends.
/// </summary>
/// <param name="requestTempFolders">
/// Whether each run gets its own temporary folder under the policy's, deleted at its end (the server); <c>pycgi cgi</c>
/// with an explicit <c>--temp-dir</c> keeps what the script wrote there.
/// </param>
public sealed class PythonCgiScriptRunner(PythonEngine engine, SandboxPolicy policy, ILogger? logger = null, bool requestTempFolders = true) : ICgiScriptRunner
{
    /// <summary>
    /// Output is buffered in blocks so a script's many small prints do not each wake the gateway; the buffer is
    /// flushed when full, on sys.stdout.flush() and at exit, so long pages still stream progressively.
    /// </summary>
    private const int OutputBufferBytes = 16 * 1024;

    /// <summary>Time limits at or above this mean "none" (TimeSpan.MaxValue would overflow the deadline).</summary>
    private static readonly TimeSpan MaxTimeLimit = TimeSpan.FromDays(3650);

    private readonly ILogger _logger = logger ?? NullLogger.Instance;

    public PythonEngine Engine => engine;

    public SandboxPolicy Policy => policy;

    public Task<CgiScriptResult> RunAsync(CgiScriptInvocation invocation, Stream output, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<CgiScriptResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        // A worker with the engine's large stack (deep but legal recursion must fit, DESIGN.md "Never crash the
        // host"), kept for later runs; the run blocks on the output pipe, so it must not hold a thread-pool thread.
        ScriptWorkerPool.Shared.Run(() => done.SetResult(RunOnThisThread(invocation, output, cancellationToken)));
        return done.Task;
    }

    /// <summary>Runs the script on the calling thread; never throws (the server must never die).</summary>
    public CgiScriptResult RunOnThisThread(CgiScriptInvocation invocation, Stream output, CancellationToken cancellationToken)
    {
        var stdout = new BufferedStream(output, OutputBufferBytes);
        RequestTempFolder? temp = null;
        using var demotion = LongRunDemotion.Schedule(invocation.Limits.LowerPriorityAfter);
        try
        {
            temp = requestTempFolders ? RequestTempFolder.Create(policy) : RequestTempFolder.Shared(policy);
            var result = ProgramRunner.RunOnThisThread(engine, Options(invocation, stdout, temp.Policy, demotion, cancellationToken));
            FlushQuietly(stdout);
            return ToCgiResult(result, invocation.WorkingDirectory, temp.Policy);
        }
        catch (Exception exception)
        {
            // An engine bug, not the script's fault: log it with its .NET details and answer "crashed".
            FlushQuietly(stdout);
            CgiEngineLog.EngineCrashed(_logger, exception, invocation.ScriptPath);
            TryWriteStderr(invocation.Stderr, $"pycgi: the Python engine failed: {exception.GetType().Name}: {exception.Message}\n");
            return new CgiScriptResult(-1, CgiScriptOutcome.Crashed, null);
        }
        finally
        {
            // Whether the script succeeded, failed or was stopped: its uploads and temporary files go with it.
            temp?.Dispose();
        }
    }

    private static ProgramOptions Options(CgiScriptInvocation invocation, Stream stdout, SandboxPolicy runPolicy,
        LongRunDemotion demotion, CancellationToken cancellationToken)
    {
        var limits = invocation.Limits;
        return new ProgramOptions
        {
            ScriptPath = invocation.ScriptPath,
            WorkingDirectory = invocation.WorkingDirectory,
            Environment = invocation.Environment,
            Stdin = invocation.Stdin,
            Stdout = stdout,
            Stderr = invocation.Stderr,
            Policy = runPolicy,
            Limits = new ExecutionLimits
            {
                Deadline = limits.TimeLimit >= MaxTimeLimit ? DateTime.MaxValue : DateTime.UtcNow + limits.TimeLimit,
                Cancellation = cancellationToken,
                MaxAllocatedBytes = limits.MemoryLimitBytes,
                MaxProcessHeapBytes = limits.ServerScriptMemoryBytes,
                HeavyAllocationBytes = limits.LowerPriorityAfterAllocatingBytes,
                OnHeavyAllocation = demotion.DemoteNow,
            },
        };
    }

    private static CgiScriptResult ToCgiResult(ProgramResult result, string workingDirectory, SandboxPolicy runPolicy)
    {
        if (result.StoppedBy is { } reason)
        {
            var outcome = reason == ScriptStopReason.MemoryLimit ? CgiScriptOutcome.MemoryLimitExceeded : CgiScriptOutcome.TimedOut;
            return new CgiScriptResult(result.ExitCode, outcome, null);
        }
        var failure = result.Uncaught is { } uncaught
            ? ScriptFailureMapper.From(uncaught, result.FormattedTraceback, workingDirectory, runPolicy)
            : null;
        return new CgiScriptResult(result.ExitCode, CgiScriptOutcome.Completed, failure);
    }

    /// <summary>The client may be gone or the output limit reached: the run's result matters more than the last bytes.</summary>
    private static void FlushQuietly(Stream stream)
    {
        try
        {
            stream.Flush();
        }
        catch (Exception e) when (e is IOException or InvalidOperationException or OperationCanceledException or ObjectDisposedException)
        {
        }
    }

    private static void TryWriteStderr(Stream stderr, string text)
    {
        try
        {
            stderr.Write(Encoding.UTF8.GetBytes(text));
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or NotSupportedException)
        {
        }
    }
}
