namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// Token kinds of the Python 2.7 tokenizer (Python 2.7 reference §2). Operators and delimiters get one
/// kind each so the parser switches on an enum, never compares strings.
/// </summary>
public enum TokenKind
{
    EndMarker, Name, Number, String, Newline, Indent, Dedent,

    // Delimiters.
    LeftParen, RightParen, LeftBracket, RightBracket, LeftBrace, RightBrace,
    Comma, Colon, Dot, Semicolon, At, Assign, Backquote,

    // Operators.
    Plus, Minus, Star, Slash, Percent, DoubleStar, DoubleSlash, LeftShift, RightShift,
    Ampersand, Pipe, Caret, Tilde,
    Less, Greater, LessEqual, GreaterEqual, EqualEqual, NotEqual, LessGreater,

    // Augmented assignment (§6.2.1).
    PlusEqual, MinusEqual, StarEqual, SlashEqual, PercentEqual, DoubleStarEqual, DoubleSlashEqual,
    LeftShiftEqual, RightShiftEqual, AmpersandEqual, PipeEqual, CaretEqual,

    /// <summary>A character that is no token ('$', '?', '!', a non-ASCII byte): CPython passes it to the
    /// parser as an operator, which then reports "invalid syntax" on it.</summary>
    Unknown,
}
