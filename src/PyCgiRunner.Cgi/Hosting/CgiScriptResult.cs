namespace PyCgiRunner.Cgi.Hosting;

/// <summary>How a script run ended. An uncaught Python exception or a syntax error gives exit code 1 and a <see cref="ScriptFailure"/>.</summary>
public sealed record CgiScriptResult(int ExitCode, CgiScriptOutcome Outcome, ScriptFailure? Failure);
