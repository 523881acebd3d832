namespace PyCgiRunner.Python.Lexing;

/// <summary>A literal that cannot be decoded; the parser turns it into a PythonSyntaxError at the literal's line.</summary>
internal sealed class LiteralError(string kind, string msg) : Exception(msg)
{
    /// <summary>"SyntaxError" or "ValueError" (CPython 2.7's plain ValueError for a bad \x in a byte string).</summary>
    public string Kind { get; } = kind;

    public string Msg { get; } = msg;
}
