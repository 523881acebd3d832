namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// One token. Besides its AST position (Line, Column) it keeps what CPython's error reporting needs:
/// the source range, the line the tokenizer was on when the token ended, and the start of the
/// tokenizer's line buffer (a multi-line string keeps the buffer of its first line, so an error
/// offset counts from there, as in CPython 2.7's tokenizer).
/// </summary>
public sealed class Token
{
    public required TokenKind Kind { get; init; }

    /// <summary>Index of the first char in the (newline-normalised) source.</summary>
    public required int Start { get; init; }

    /// <summary>Index just past the last char; CPython's SyntaxError offset is End - BufStart.</summary>
    public required int End { get; init; }

    /// <summary>AST line: 1-based. For a string spanning lines it is the last line (CPython 2.7 quirk).</summary>
    public required int Line { get; init; }

    /// <summary>AST column: 0-based; -1 for a string that started on an earlier line (CPython 2.7).</summary>
    public required int Column { get; init; }

    /// <summary>The tokenizer's line number when the token ended (the SyntaxError lineno).</summary>
    public required int ErrorLine { get; init; }

    public required int BufStart { get; init; }

    /// <summary>Produced after the tokenizer reached the end of input (CPython's E_EOF state).</summary>
    public bool AtEof { get; init; }

    /// <summary>Identifier text, number text, or the body of a string literal (between the quotes).</summary>
    public string Text { get; init; } = "";

    /// <summary>String prefix flags; meaningful only for String tokens.</summary>
    public StringPrefix Prefix { get; init; }

    /// <summary>Index of the first body char of a string literal (for error positions).</summary>
    public int BodyStart { get; init; }

    public override string ToString() => $"{Kind} '{Text}' @{Line}:{Column}";
}

[Flags]
public enum StringPrefix
{
    None = 0,
    Raw = 1,
    Unicode = 2,
    Bytes = 4,
}
