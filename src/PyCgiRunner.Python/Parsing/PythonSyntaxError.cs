namespace PyCgiRunner.Python.Parsing;

/// <summary>
/// A compile-time error with the fields of CPython 2.7's SyntaxError. Kind is the Python exception class
/// to raise: "SyntaxError", "IndentationError", "TabError", or "ValueError" (CPython 2.7 raises a plain
/// ValueError "invalid \x escape" for a bad \x in a byte-string literal).
/// Offset is the 1-based caret column, null where CPython gives None (errors found after parsing).
/// Text is the offending source line(s) as CPython reports them, or null.
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public PythonSyntaxError(string kind, string msg, string fileName, int line, int? offset, string? text)
        : base($"{kind}: {msg} ({fileName}, line {line})")
    {
        Kind = kind;
        Msg = msg;
        FileName = fileName;
        Line = line;
        Offset = offset;
        Text = text;
    }

    public string Kind { get; }

    public string Msg { get; }

    public string FileName { get; }

    public int Line { get; }

    public int? Offset { get; }

    public string? Text { get; }

    /// <summary>
    /// False for the errors of CPython's symbol table pass, which PyErr_SyntaxLocation reports: their args are
    /// just (msg,), the location only in the attributes, so str() reads "msg (file, line N)".
    /// </summary>
    public bool DetailsInArgs { get; init; } = true;
}
