using Microsoft.Extensions.Logging;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>The engine runner's log messages (stable event ids, source-generated as in ASP.NET Core).</summary>
internal static partial class CgiEngineLog
{
    [LoggerMessage(EventId = 200, Level = LogLevel.Error, Message = "The Python engine failed while running {ScriptPath}; the request is answered as a crash")]
    public static partial void EngineCrashed(ILogger logger, Exception exception, string scriptPath);
}
