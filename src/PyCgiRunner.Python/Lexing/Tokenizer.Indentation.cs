using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Lexing;

public sealed partial class Tokenizer
{
    /// <summary>
    /// Python 2.7 reference §2.1.8: at the start of a logical line the indentation is measured with tabs
    /// advancing to the next multiple of 8 and a form feed resetting the count; blank and comment-only
    /// lines, and lines inside brackets, do not count. Returns the first INDENT/DEDENT, or null.
    /// </summary>
    private Token? ReadIndentation()
    {
        int col;
        int c;
        while (true)
        {
            col = 0;
            while (true)
            {
                c = Peek();
                if (c == ' ') col++;
                else if (c == '\t') col = (col / 8 + 1) * 8;
                else if (c == '\f') col = 0;
                else break;
                pos++;
            }
            if (c != '#' && c != '\n') break;
            pos = curLineEnd + 1; // a blank or comment-only line: skipped whole
        }
        if (c < 0) col = 0; // end of input closes every block

        int top = indents[^1];
        if (col == top) return null;
        if (col > top)
        {
            if (indents.Count >= MaxIndentDepth) throw ErrorAtLineEnd("IndentationError", "too many levels of indentation");
            indents.Add(col);
            pendingIndent = 1;
        }
        else
        {
            int dedents = 0;
            while (indents.Count > 1 && col < indents[^1])
            {
                indents.RemoveAt(indents.Count - 1);
                dedents++;
            }
            if (col != indents[^1]) throw ErrorAtLineEnd("IndentationError", "unindent does not match any outer indentation level");
            pendingIndent = -dedents;
        }
        return PendingIndentToken();
    }

    private Token PendingIndentToken()
    {
        if (pendingIndent > 0)
        {
            pendingIndent--;
            return Make(TokenKind.Indent, pos, pos);
        }
        pendingIndent++;
        return Make(TokenKind.Dedent, pos, pos);
    }
}
