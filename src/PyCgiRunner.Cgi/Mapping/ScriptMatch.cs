namespace PyCgiRunner.Cgi.Mapping;

public sealed record ScriptMatch(ScriptMatchKind Kind, ScriptTarget? Target = null, string? Reason = null)
{
    public static readonly ScriptMatch NotScript = new(ScriptMatchKind.NotScript);
}
