namespace PyCgiRunner.Cgi.Mapping;

/// <summary>A URL resolved to a script: the RFC 3875 §4.1.13 SCRIPT_NAME / §4.1.5 PATH_INFO split.</summary>
/// <param name="ScriptPath">Absolute path of the script file.</param>
/// <param name="ScriptName">The URL path up to and including the script's segment.</param>
/// <param name="PathInfo">The rest of the URL path after the script (empty when none).</param>
public sealed record ScriptTarget(string ScriptPath, string ScriptName, string PathInfo)
{
    public string WorkingDirectory => Path.GetDirectoryName(ScriptPath)!;
}
