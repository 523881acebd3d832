namespace PyCgiRunner.Python.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// Python 2.7 reference §2.5–§2.6: operators and delimiters, longest match first. Brackets count the
    /// nesting level that turns off NEWLINE and indentation (implicit line joining).
    /// </summary>
    private Token ScanOperator(int start)
    {
        char c = src[pos];
        char c2 = PeekAt(pos + 1);
        char c3 = PeekAt(pos + 2);
        TokenKind kind;
        int len = 2;
        switch (c)
        {
            case '(': kind = TokenKind.LeftParen; len = 1; parenLevel++; break;
            case '[': kind = TokenKind.LeftBracket; len = 1; parenLevel++; break;
            case '{': kind = TokenKind.LeftBrace; len = 1; parenLevel++; break;
            case ')': kind = TokenKind.RightParen; len = 1; if (parenLevel > 0) parenLevel--; break;
            case ']': kind = TokenKind.RightBracket; len = 1; if (parenLevel > 0) parenLevel--; break;
            case '}': kind = TokenKind.RightBrace; len = 1; if (parenLevel > 0) parenLevel--; break;
            case ',': kind = TokenKind.Comma; len = 1; break;
            case ':': kind = TokenKind.Colon; len = 1; break;
            case '.': kind = TokenKind.Dot; len = 1; break;
            case ';': kind = TokenKind.Semicolon; len = 1; break;
            case '@': kind = TokenKind.At; len = 1; break;
            case '`': kind = TokenKind.Backquote; len = 1; break;
            case '~': kind = TokenKind.Tilde; len = 1; break;
            case '=': if (c2 == '=') kind = TokenKind.EqualEqual; else { kind = TokenKind.Assign; len = 1; } break;
            case '!': if (c2 == '=') kind = TokenKind.NotEqual; else { kind = TokenKind.Unknown; len = 1; } break;
            case '+': kind = Pick(c2, TokenKind.Plus, TokenKind.PlusEqual, ref len); break;
            case '-': kind = Pick(c2, TokenKind.Minus, TokenKind.MinusEqual, ref len); break;
            case '%': kind = Pick(c2, TokenKind.Percent, TokenKind.PercentEqual, ref len); break;
            case '&': kind = Pick(c2, TokenKind.Ampersand, TokenKind.AmpersandEqual, ref len); break;
            case '|': kind = Pick(c2, TokenKind.Pipe, TokenKind.PipeEqual, ref len); break;
            case '^': kind = Pick(c2, TokenKind.Caret, TokenKind.CaretEqual, ref len); break;
            case '*':
                if (c2 == '*') { kind = c3 == '=' ? TokenKind.DoubleStarEqual : TokenKind.DoubleStar; len = c3 == '=' ? 3 : 2; }
                else kind = Pick(c2, TokenKind.Star, TokenKind.StarEqual, ref len);
                break;
            case '/':
                if (c2 == '/') { kind = c3 == '=' ? TokenKind.DoubleSlashEqual : TokenKind.DoubleSlash; len = c3 == '=' ? 3 : 2; }
                else kind = Pick(c2, TokenKind.Slash, TokenKind.SlashEqual, ref len);
                break;
            case '<':
                if (c2 == '<') { kind = c3 == '=' ? TokenKind.LeftShiftEqual : TokenKind.LeftShift; len = c3 == '=' ? 3 : 2; }
                else if (c2 == '>') kind = TokenKind.LessGreater; // Python 2 only: same as !=
                else kind = Pick(c2, TokenKind.Less, TokenKind.LessEqual, ref len);
                break;
            case '>':
                if (c2 == '>') { kind = c3 == '=' ? TokenKind.RightShiftEqual : TokenKind.RightShift; len = c3 == '=' ? 3 : 2; }
                else kind = Pick(c2, TokenKind.Greater, TokenKind.GreaterEqual, ref len);
                break;
            default: kind = TokenKind.Unknown; len = 1; break;
        }
        pos += len;
        return Make(kind, start, pos, src[start..pos]);
    }

    private static TokenKind Pick(char next, TokenKind plain, TokenKind withEqual, ref int len)
    {
        if (next == '=') { len = 2; return withEqual; }
        len = 1;
        return plain;
    }
}
