namespace PyCgiRunner.Cgi.Hosting;

/// <summary>One traceback entry. <paramref name="FileName"/> is absolute when known.</summary>
/// <param name="SourcePath">
/// The file whose lines the error page may show: the frame's file as the sandbox resolves it, and only when the
/// script itself could read it (issue 7, item 5: <c>compile(src, '/etc/shadow', 'exec')</c> names a file the page
/// must not show). Null: show no source.
/// </param>
public sealed record ScriptFrame(string FileName, int Line, string FunctionName, string? SourcePath);
