using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PyCgiRunner.Cgi.Environment;
using PyCgiRunner.Cgi.ErrorPages;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>
/// Runs one script for one request and turns its output into the response: header block, then the plan
/// (send, internal redirect, moved page, error), then the streamed body.
/// </summary>
internal sealed class CgiScriptExecutor(ICgiScriptRunner runner, CgiOptions options, ILogger logger)
{
    /// <summary>What the middleware must do next: nothing, or follow an internal redirect carrying these headers.</summary>
    public sealed record Outcome(string? RedirectLocation, IReadOnlyList<RawHeader> Inherited);

    private static readonly Outcome Done = new(null, []);
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(5);

    public async Task<Outcome> ExecuteAsync(HttpContext context, ScriptTarget target, CgiRequestLine line, Stream stdin, IReadOnlyList<RawHeader> inherited)
    {
        var limits = options.Limits;
        var scriptName = Path.GetFileName(target.ScriptPath);
        var env = CgiEnvironmentBuilder.Build(context, target, line, options);
        using var timeout = new CancellationTokenSource(limits.TimeLimit);
        using var outputLimit = new CancellationTokenSource();
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, outputLimit.Token, context.RequestAborted);
        var token = linked.Token;

        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 256 * 1024, resumeWriterThreshold: 128 * 1024, useSynchronizationContext: false));
        var stderr = new BoundedCaptureStream(64 * 1024);
        var invocation = new CgiScriptInvocation(target.ScriptPath, target.WorkingDirectory, env, stdin, stderr, limits);
        CgiLog.Running(logger, target.ScriptPath, line.Method, target.ScriptName);
        var run = RunGuardedAsync(invocation, pipe.Writer, scriptName, token);

        CgiHeaderReader.Result? headers = null;
        try
        {
            headers = await CgiHeaderReader.ReadAsync(pipe.Reader, options.HeaderMode, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }

        if (headers?.Headers is not { } raw)
        {
            await pipe.Reader.CompleteAsync();
            var failed = await AwaitRunAsync(run, token);
            LogEnd(scriptName, failed, stderr);
            await AnswerWithoutHeadersAsync(context, target, failed, headers?.Error, timeout.IsCancellationRequested, stderr.Text);
            return Done;
        }

        var block = CgiHeaderBlock.From(inherited.Concat(raw));
        if (block.Status is { } status && !CgiStatus.Parse(status).Valid)
            CgiLog.InvalidStatus(logger, scriptName, status);
        var plan = CgiResponsePlanner.Plan(block);

        if (plan.Kind != CgiResponseKind.Send)
        {
            // The script's body is not sent: let the script finish writing into the void.
            await pipe.Reader.CompleteAsync();
            var finished = await AwaitRunAsync(run, token);
            LogEnd(scriptName, finished, stderr);
            if (finished.Outcome == CgiScriptOutcome.TimedOut && !context.RequestAborted.IsCancellationRequested)
            {
                await AnswerWithoutHeadersAsync(context, target, finished, null, true, stderr.Text);
                return Done;
            }
            switch (plan.Kind)
            {
                case CgiResponseKind.InternalRedirect:
                    CgiLog.InternalRedirect(logger, scriptName, plan.RedirectLocation!);
                    return new Outcome(plan.RedirectLocation, [.. inherited, .. raw.Where(IsInherited)]);
                case CgiResponseKind.MovedPage:
                    ResponseHeaders.Apply(context.Response, plan);
                    await WriteBodyAsync(context, GatewayPages.Moved(plan.RedirectLocation!));
                    return Done;
                default:
                    CgiLog.BadHeaders(logger, plan.Problem!, scriptName);
                    await PageWriter.WriteAsync(context, 500, GatewayPages.InternalError(Detail(plan.Problem)));
                    return Done;
            }
        }

        ResponseHeaders.Apply(context.Response, plan);
        var sendBody = plan.SendBody && !HttpMethods.IsHead(context.Request.Method);
        long sent;
        try
        {
            sent = await CgiBodyStreamer.StreamAsync(context, pipe.Reader, sendBody, plan.SendBody, limits.MaxOutputBytes, token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            sent = 0;
            await pipe.Reader.CompleteAsync();
        }
        if (sent < 0)
            await outputLimit.CancelAsync();
        var result = await AwaitRunAsync(run, token);
        LogEnd(scriptName, result, stderr);
        context.Items[PythonCgiMiddleware.BytesSentKey] = Math.Max(sent, 0);
        if (context.RequestAborted.IsCancellationRequested)
            return Done;
        if (result.Outcome != CgiScriptOutcome.Completed || sent < 0)
        {
            if (!context.Response.HasStarted)
            {
                context.Response.Clear();
                await AnswerWithoutHeadersAsync(context, target, result with { Outcome = sent < 0 ? CgiScriptOutcome.OutputLimitExceeded : result.Outcome }, null, timeout.IsCancellationRequested, stderr.Text);
            }
            else
            {
                // The client must not mistake a cut-off body for a whole one: abort instead of ending cleanly.
                CgiLog.FailedAfterStart(logger, scriptName);
                context.Abort();
            }
        }
        return Done;
    }

    /// <summary>Internal redirects keep the first script's headers except the ones that describe its own body.</summary>
    private static bool IsInherited(RawHeader header) =>
        !header.Name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)
        && !header.Name.Equals("Location", StringComparison.OrdinalIgnoreCase)
        && !header.Name.Equals("Status", StringComparison.OrdinalIgnoreCase);

    private async Task AnswerWithoutHeadersAsync(HttpContext context, ScriptTarget target, CgiScriptResult result, CgiHeaderError? error, bool timedOut, string stderr)
    {
        var scriptName = Path.GetFileName(target.ScriptPath);
        if (context.RequestAborted.IsCancellationRequested)
        {
            CgiLog.ClientGone(logger, scriptName);
            return;
        }
        if (timedOut || result.Outcome == CgiScriptOutcome.TimedOut)
        {
            await PageWriter.WriteAsync(context, 504, GatewayPages.GatewayTimeout(Detail($"The time limit is {options.Limits.TimeLimit.TotalSeconds:0.#} s.")));
            return;
        }
        if (result.Failure is { } failure)
        {
            var page = options.Mode == CgiMode.Development
                ? DevelopmentErrorPage.Render(target.ScriptName, failure, stderr, ReadSource)
                : GatewayPages.InternalError(null);
            await PageWriter.WriteAsync(context, 500, page);
            return;
        }
        if (result.Outcome != CgiScriptOutcome.Completed)
        {
            await PageWriter.WriteAsync(context, 500, GatewayPages.InternalError(Detail($"The script was stopped: {Describe(result.Outcome)}.")));
            return;
        }
        var problem = error?.Describe() ?? "No valid header block";
        CgiLog.BadHeaders(logger, problem, scriptName);
        var detail = $"{problem}.\nA CGI script must print its headers, then a blank line, then the body, e.g.\n" +
                     "print \"Content-Type: text/html\"\nprint\n" +
                     (result.ExitCode != 0 ? $"\nThe script exited with status {result.ExitCode}." : "") +
                     (stderr.Length > 0 ? "\n\nstderr:\n" + stderr : "");
        await PageWriter.WriteAsync(context, 500, GatewayPages.InternalError(Detail(detail)));
    }

    private static string Describe(CgiScriptOutcome outcome) => outcome switch
    {
        CgiScriptOutcome.MemoryLimitExceeded => "it used more memory than allowed",
        CgiScriptOutcome.OutputLimitExceeded => "it wrote more output than allowed",
        CgiScriptOutcome.Crashed => "the script engine failed (see the server log)",
        _ => outcome.ToString(),
    };

    /// <summary>Details only reach the browser in development mode; production shows a plain page.</summary>
    private string? Detail(string? detail) => options.Mode == CgiMode.Development ? detail : null;

    private static string[]? ReadSource(string fileName)
    {
        try
        {
            return File.Exists(fileName) ? File.ReadAllLines(fileName, Encoding.Latin1) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void LogEnd(string scriptName, CgiScriptResult result, BoundedCaptureStream stderr)
    {
        var text = stderr.Text;
        if (text.Length > 0)
            CgiLog.Stderr(logger, scriptName, text);
        if (result.Failure is { } failure)
            CgiLog.ScriptFailed(logger, scriptName, failure.ExceptionType, failure.Message, failure.FormattedTraceback);
        else if (result.ExitCode != 0 && result.Outcome == CgiScriptOutcome.Completed)
            CgiLog.ExitCode(logger, scriptName, result.ExitCode);
        if (result.Outcome == CgiScriptOutcome.TimedOut)
            CgiLog.TimedOut(logger, scriptName, options.Limits.TimeLimit);
        else if (result.Outcome != CgiScriptOutcome.Completed)
            CgiLog.LimitExceeded(logger, scriptName, result.Outcome.ToString());
    }

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

    private static Task WriteBodyAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body).AsTask();
    }
}
