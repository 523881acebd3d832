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
internal sealed partial class CgiScriptExecutor(ICgiScriptRunner runner, CgiOptions options, ScriptAdmission admission, ILogger logger)
{
    /// <summary>What the middleware must do next: nothing, or follow an internal redirect carrying these headers.</summary>
    public sealed record Outcome(string? RedirectLocation, IReadOnlyList<RawHeader> Inherited);

    private static readonly Outcome Done = new(null, []);
    private static readonly TimeSpan CancelGrace = TimeSpan.FromSeconds(5);

    public async Task<Outcome> ExecuteAsync(HttpContext context, ScriptTarget target, CgiRequestLine line, Stream stdin, IReadOnlyList<RawHeader> inherited)
    {
        var client = ClientAddress.Of(context);
        IDisposable? slot;
        ScriptAdmission.Refusal refusal;
        try
        {
            (slot, refusal) = await admission.EnterAsync(client, context.RequestAborted);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            CgiLog.ClientGone(logger, Path.GetFileName(target.ScriptPath));
            return Done;
        }
        if (slot is null)
        {
            CgiLog.Busy(logger, target.ScriptName, client, Describe(refusal));
            context.Response.Headers.RetryAfter = "1";
            await PageWriter.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, GatewayPages.ServiceUnavailable(Detail(Describe(refusal))));
            return Done;
        }
        try
        {
            return await ExecuteAdmittedAsync(context, target, line, stdin, inherited, slot);
        }
        catch
        {
            slot.Dispose();
            throw;
        }
    }

    private string Describe(ScriptAdmission.Refusal refusal) => refusal switch
    {
        ScriptAdmission.Refusal.ClientQueueFull => $"this client already has {options.Server.MaxQueuedScriptsPerClient} requests waiting",
        ScriptAdmission.Refusal.QueueFull => $"{options.Server.MaxQueuedScripts} requests are already waiting for a script slot",
        _ => $"no script slot came free within {options.Server.QueueTimeout.TotalSeconds:0.#} s",
    };

    private async Task<Outcome> ExecuteAdmittedAsync(HttpContext context, ScriptTarget target, CgiRequestLine line, Stream stdin, IReadOnlyList<RawHeader> inherited, IDisposable slot)
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
        // The slot is held until the run really ends, not until the response is sent: a script that outlives its
        // 504 still takes a thread and CPU, and must keep counting against the limits.
        _ = run.ContinueWith(_ => slot.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

        CgiHeaderReader.Result? headers = null;
        try
        {
            headers = await CgiHeaderReader.ReadAsync(pipe.Reader, options.HeaderMode, token, limits.MaxHeaderLines, limits.MaxHeaderBytes);
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
}
