using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using PyCgiRunner.Cgi.ErrorPages;
using PyCgiRunner.Cgi.Hosting;
using PyCgiRunner.Cgi.Mapping;
using PyCgiRunner.Cgi.Options;
using PyCgiRunner.Cgi.Responses;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>The gateway's own answers when a script gives no usable response, and the run's log lines.</summary>
internal sealed partial class CgiScriptExecutor
{
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
            CgiLog.ScriptFailed(logger, scriptName, failure.ExceptionType, LogText.Clip(failure.Message, LogText.MessageChars),
                LogText.Clip(failure.FormattedTraceback, LogText.TracebackChars));
        else if (result.ExitCode != 0 && result.Outcome == CgiScriptOutcome.Completed)
            CgiLog.ExitCode(logger, scriptName, result.ExitCode);
        if (result.Outcome == CgiScriptOutcome.TimedOut)
            CgiLog.TimedOut(logger, scriptName, options.Limits.TimeLimit);
        else if (result.Outcome != CgiScriptOutcome.Completed)
            CgiLog.LimitExceeded(logger, scriptName, result.Outcome.ToString());
    }

    private static Task WriteBodyAsync(HttpContext context, byte[] body)
    {
        context.Response.ContentLength = body.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(body).AsTask();
    }
}
