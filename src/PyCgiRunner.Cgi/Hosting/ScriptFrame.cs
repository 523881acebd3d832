namespace PyCgiRunner.Cgi.Hosting;

/// <summary>One traceback entry. <paramref name="FileName"/> is absolute when known.</summary>
public sealed record ScriptFrame(string FileName, int Line, string FunctionName);
