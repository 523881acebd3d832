using Microsoft.Extensions.Logging;

namespace PyCgiRunner.Cgi.Middleware;

/// <summary>The gateway's log messages; event ids are stable so operators can filter on them.</summary>
internal static partial class CgiLog
{
    [LoggerMessage(1, LogLevel.Debug, "{Path} is not a script URL: passed on")]
    public static partial void NotAScript(ILogger logger, string path);

    [LoggerMessage(2, LogLevel.Information, "Refused {Path} with 403: {Reason}")]
    public static partial void Forbidden(ILogger logger, string path, string? reason);

    [LoggerMessage(3, LogLevel.Information, "No script for {Path}: 404")]
    public static partial void ScriptNotFound(ILogger logger, string path);

    [LoggerMessage(4, LogLevel.Warning, "Request body for {Path} is larger than {Limit} bytes: 413")]
    public static partial void BodyTooLarge(ILogger logger, string path, long limit);

    [LoggerMessage(5, LogLevel.Debug, "Running {Script} for {Method} {ScriptName}")]
    public static partial void Running(ILogger logger, string script, string method, string scriptName);

    [LoggerMessage(6, LogLevel.Warning, "stderr of script '{Script}': {Stderr}")]
    public static partial void Stderr(ILogger logger, string script, string stderr);

    [LoggerMessage(7, LogLevel.Error, "Script '{Script}' failed with {ExceptionType}: {Message}\n{Traceback}")]
    public static partial void ScriptFailed(ILogger logger, string script, string exceptionType, string message, string traceback);

    [LoggerMessage(8, LogLevel.Error, "{Problem}: {Script}")]
    public static partial void BadHeaders(ILogger logger, string problem, string script);

    [LoggerMessage(9, LogLevel.Error, "Invalid status line from script '{Script}': {Status}")]
    public static partial void InvalidStatus(ILogger logger, string script, string status);

    [LoggerMessage(10, LogLevel.Error, "Script '{Script}' did not finish within {Limit}")]
    public static partial void TimedOut(ILogger logger, string script, TimeSpan limit);

    [LoggerMessage(11, LogLevel.Error, "Script '{Script}' stopped: {Outcome}")]
    public static partial void LimitExceeded(ILogger logger, string script, string outcome);

    [LoggerMessage(12, LogLevel.Debug, "Internal redirect from '{Script}' to {Location}")]
    public static partial void InternalRedirect(ILogger logger, string script, string location);

    [LoggerMessage(13, LogLevel.Error, "More than {Limit} internal redirects for {Path}")]
    public static partial void TooManyRedirects(ILogger logger, int limit, string path);

    [LoggerMessage(14, LogLevel.Information, "Script '{Script}' exited with status {ExitCode}")]
    public static partial void ExitCode(ILogger logger, string script, int exitCode);

    [LoggerMessage(15, LogLevel.Error, "The script runner failed on '{Script}'")]
    public static partial void RunnerCrashed(ILogger logger, Exception exception, string script);

    [LoggerMessage(16, LogLevel.Debug, "Client went away during '{Script}'")]
    public static partial void ClientGone(ILogger logger, string script);

    [LoggerMessage(17, LogLevel.Information, "{Line}")]
    public static partial void Access(ILogger logger, string line);

    [LoggerMessage(18, LogLevel.Warning, "Script '{Script}' failed after its response had started; the response was cut off")]
    public static partial void FailedAfterStart(ILogger logger, string script);

    [LoggerMessage(19, LogLevel.Warning, "Refused {Path} for {Client} with 503: {Reason}")]
    public static partial void Busy(ILogger logger, string path, string client, string reason);

    [LoggerMessage(20, LogLevel.Information, "Refused {Method} {Path} with 405: {Reason}")]
    public static partial void MethodRefused(ILogger logger, string method, string path, string reason);

    [LoggerMessage(21, LogLevel.Error, "The gateway failed on {Method} {Path}; answered 500")]
    public static partial void GatewayFailed(ILogger logger, Exception exception, string method, string path);

    [LoggerMessage(22, LogLevel.Information, "Bad request {Method} {Path} from {Client}: {Status} {Message}")]
    public static partial void BadRequest(ILogger logger, string method, string path, string client, int status, string message);

    [LoggerMessage(23, LogLevel.Debug, "Closed a connection from {Client}: it already has {Limit} open")]
    public static partial void TooManyConnections(ILogger logger, string client, int limit);
}
