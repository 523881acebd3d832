namespace PyCgiRunner.Python.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// Python 2.7 reference §2.4.1: a short ('...') or long ('''...''') string. Only the extent is found
    /// here; escapes are decoded by the parser (StringLiteralDecoder), as CPython decodes them in ast.c.
    /// A backslash always takes the next char with it, even in raw strings.
    /// </summary>
    private Token ScanString(int start, StringPrefix prefix)
    {
        char quote = src[pos];
        int startLine = lineNo;
        int startLineStart = lineStart;
        bool triple = PeekAt(pos + 1) == quote && PeekAt(pos + 2) == quote;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        int bodyEnd;
        insideString = true;
        try
        {
            while (true)
            {
                int c = Peek();
                if (c < 0)
                {
                    throw ErrorAtLineEnd("SyntaxError", triple
                        ? "EOF while scanning triple-quoted string literal"
                        : "EOL while scanning string literal");
                }
                if (c == '\n' && !triple) throw ErrorAt("EOL while scanning string literal", pos);
                if (c == quote && (!triple || (PeekAt(pos + 1) == quote && PeekAt(pos + 2) == quote)))
                {
                    bodyEnd = pos;
                    pos += triple ? 3 : 1;
                    break;
                }
                pos++;
                if (c == '\\')
                {
                    if (Peek() < 0) throw ErrorAtLineEnd("SyntaxError", "EOL while scanning string literal");
                    pos++;
                }
            }
        }
        finally
        {
            insideString = false;
        }

        // CPython 2.7 gives a string token the line it ends on, and column -1 if it began on an earlier line.
        return new Token
        {
            Kind = TokenKind.String,
            Start = start,
            End = pos,
            Line = lineNo,
            Column = startLine == lineNo ? start - startLineStart : -1,
            ErrorLine = lineNo,
            BufStart = bufStart,
            AtEof = eof,
            Text = src[bodyStart..bodyEnd],
            Prefix = prefix,
            BodyStart = bodyStart,
        };
    }
}
