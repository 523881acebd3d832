namespace PyCgiRunner.Cgi.Mapping;

public enum ScriptMatchKind
{
    /// <summary>Not a script URL: static files or the next middleware handle it.</summary>
    NotScript,
    Script,
    /// <summary>Inside a script folder, but no such file: 404.</summary>
    NotFound,
    /// <summary>Traversal or a folder named as a script: 403.</summary>
    Forbidden,
}
