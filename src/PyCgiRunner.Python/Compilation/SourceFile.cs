namespace PyCgiRunner.Python.Compilation;

/// <summary>A compiled file's name and text, kept for tracebacks and error pages.</summary>
public sealed class SourceFile
{
    private readonly string[] _lines;

    public string FileName { get; }

    public SourceFile(string fileName, string latin1Text)
    {
        FileName = fileName;
        _lines = latin1Text.Split('\n');
    }

    /// <summary>The 1-based line without its line ending, or null when out of range.</summary>
    public string? GetLine(int line)
        => line >= 1 && line <= _lines.Length ? _lines[line - 1].TrimEnd('\r') : null;

    public int LineCount => _lines.Length;
}
