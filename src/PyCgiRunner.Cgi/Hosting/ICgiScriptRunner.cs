namespace PyCgiRunner.Cgi.Hosting;

/// <summary>
/// The seam between the gateway and the Python engine: the gateway builds the CGI world, the runner executes
/// the script in it. The gateway never depends on engine types; the engine's runner implements this interface.
/// </summary>
public interface ICgiScriptRunner
{
    /// <summary>
    /// Runs one CGI script to completion on its own thread. Writes the script's raw stdout bytes to
    /// <paramref name="output"/> as the script produces them (the gateway reads the other end concurrently).
    /// Returns when the script ended.
    /// </summary>
    Task<CgiScriptResult> RunAsync(CgiScriptInvocation invocation, Stream output, CancellationToken cancellationToken);
}
