using PyCgiRunner.Python.Parsing;

namespace PyCgiRunner.Python.Lexing;

/// <summary>
/// The Python 2.7 tokenizer (reference §2.1 line structure, §2.3 identifiers, §2.4 literals, §2.5 operators).
/// Tokens are produced on demand so that, as in CPython, a syntax error found by the parser wins over a
/// tokenizer error later in the file. The source is kept as Latin-1 chars (one char per byte).
/// Split by concern: this file holds the line reading and the main loop; Tokenizer.Indentation.cs,
/// Tokenizer.Numbers.cs, Tokenizer.Strings.cs and Tokenizer.Operators.cs the rest.
/// </summary>
public sealed partial class Tokenizer
{
    private const int MaxIndentDepth = 100; // CPython's MAXINDENT

    private readonly string src;
    private readonly string fileName;
    private readonly bool checkNonAscii;
    private readonly List<int> indents = [0];

    private int pos;
    private int lineNo;
    private int lineStart;
    private int curLineEnd = -1;
    private int bufStart;
    private bool insideString;
    private bool eof;
    private bool atBol = true;
    private int parenLevel;
    private int pendingIndent; // >0 indents, <0 dedents still to hand out
    private bool started;

    public Tokenizer(byte[] source, string fileName, SourceOrigin origin = SourceOrigin.File)
    {
        this.fileName = fileName;
        bool hadBom = source.Length >= 3 && source[0] == 0xEF && source[1] == 0xBB && source[2] == 0xBF;
        src = Normalize(source, hadBom ? 3 : 0);
        Encoding = origin == SourceOrigin.Utf8String ? SourceEncoding.Utf8 : CodingDeclaration.Detect(src, hadBom, fileName);
        checkNonAscii = origin == SourceOrigin.File && Encoding == SourceEncoding.Undeclared;
    }

    /// <summary>The declared (or implied) source encoding, used to decode unicode literals.</summary>
    public SourceEncoding Encoding { get; }

    public string FileName => fileName;

    /// <summary>The newline-normalised source (Latin-1 chars); token indexes point into it.</summary>
    public string Source => src;

    // Universal newlines: \r\n and \r become \n, and a final newline is supplied, as CPython's file
    // reading and compile() both do before tokenizing.
    private static string Normalize(byte[] bytes, int skip)
    {
        var sb = new System.Text.StringBuilder(bytes.Length - skip + 1);
        for (int i = skip; i < bytes.Length; i++)
        {
            byte b = bytes[i];
            if (b == (byte)'\r')
            {
                sb.Append('\n');
                if (i + 1 < bytes.Length && bytes[i + 1] == (byte)'\n') i++;
            }
            else
            {
                sb.Append((char)b);
            }
        }
        if (sb.Length > 0 && sb[^1] != '\n') sb.Append('\n');
        return sb.ToString();
    }

    /// <summary>
    /// Returns the next token. Emulates CPython's parsetok: the first end of input after any token becomes
    /// an extra NEWLINE followed by the DEDENTs still open (e.g. when input ends inside brackets).
    /// </summary>
    public Token Next()
    {
        Token t = Scan();
        if (t.Kind == TokenKind.EndMarker && started)
        {
            started = false;
            if (indents.Count > 1)
            {
                pendingIndent = -(indents.Count - 1);
                indents.RemoveRange(1, indents.Count - 1);
            }
            return Make(TokenKind.Newline, t.Start, t.End);
        }
        started = true;
        return t;
    }

    private Token Scan()
    {
        if (pendingIndent != 0) return PendingIndentToken();
        if (atBol)
        {
            atBol = false;
            Token? indentTok = ReadIndentation();
            if (indentTok != null) return indentTok;
        }

        while (true)
        {
            int c = Peek();
            while (c == ' ' || c == '\t' || c == '\f') { pos++; c = Peek(); }
            if (c == '#')
            {
                // A comment runs to the end of the line; the newline itself is tokenized below.
                pos = curLineEnd;
                c = '\n';
            }
            if (c < 0) return Make(TokenKind.EndMarker, pos, pos);

            int start = pos;
            if (c == '\n')
            {
                pos++;
                if (parenLevel > 0) continue; // implicit line joining inside brackets (§2.1.6)
                atBol = true;
                return Make(TokenKind.Newline, start, pos);
            }
            if (IsNameStart(c)) return ScanNameOrString(start);
            if (char.IsAsciiDigit((char)c) || (c == '.' && char.IsAsciiDigit(PeekAt(pos + 1)))) return ScanNumber(start);
            if (c == '\'' || c == '"') return ScanString(start, StringPrefix.None);
            if (c == '\\')
            {
                // Explicit line joining (§2.1.5): a backslash must end the line.
                pos++;
                if (Peek() != '\n') throw ErrorAtLineEnd("SyntaxError", "unexpected character after line continuation character");
                pos++;
                if (Peek() < 0) throw ErrorAtLineEnd("SyntaxError", "unexpected EOF while parsing");
                continue;
            }
            return ScanOperator(start);
        }
    }

    private static bool IsNameStart(int c) => c == '_' || (c < 128 && char.IsAsciiLetter((char)c));

    private static bool IsNameChar(int c) => c == '_' || (c < 128 && char.IsAsciiLetterOrDigit((char)c));

    private Token ScanNameOrString(int start)
    {
        // Python 2.7 reference §2.4.1: stringprefix ::= "r" | "u" | "ur" | "b" | "br" (any case).
        char c = src[pos];
        StringPrefix prefix = StringPrefix.None;
        int p = pos;
        if (c is 'u' or 'U' or 'b' or 'B')
        {
            prefix = c is 'u' or 'U' ? StringPrefix.Unicode : StringPrefix.Bytes;
            p++;
            if (src[p] is 'r' or 'R') { prefix |= StringPrefix.Raw; p++; }
        }
        else if (c is 'r' or 'R')
        {
            prefix = StringPrefix.Raw;
            p++;
        }
        if (prefix != StringPrefix.None && (src[p] == '\'' || src[p] == '"'))
        {
            pos = p;
            return ScanString(start, prefix);
        }

        pos++;
        while (IsNameChar(Peek())) pos++;
        return Make(TokenKind.Name, start, pos, src[start..pos]);
    }

    /// <summary>The char at pos, reading the next line in first if needed; -1 at end of input.</summary>
    private int Peek()
    {
        if (pos > curLineEnd) EnterLine();
        return pos < src.Length ? src[pos] : -1;
    }

    private char PeekAt(int index) => index < src.Length ? src[index] : '\0';

    // Reading a new physical line: this is where CPython's file tokenizer checks PEP 263, and where its
    // line buffer (the base of error offsets) moves unless a string token is still open.
    private void EnterLine()
    {
        if (pos >= src.Length)
        {
            eof = true;
            return;
        }
        lineNo++;
        lineStart = pos;
        curLineEnd = src.IndexOf('\n', pos);
        if (!insideString) bufStart = pos;
        if (checkNonAscii)
        {
            for (int i = pos; i < curLineEnd; i++)
            {
                if (src[i] >= 0x80)
                {
                    throw new PythonSyntaxError("SyntaxError",
                        $"Non-ASCII character '\\x{(int)src[i]:x2}' in file {fileName} on line {lineNo}, but no encoding declared; see http://python.org/dev/peps/pep-0263/ for details",
                        fileName, lineNo, null, null);
                }
            }
        }
    }

    private Token Make(TokenKind kind, int start, int end, string text = "") => new()
    {
        Kind = kind,
        Start = start,
        End = end,
        Line = lineNo,
        Column = start - lineStart,
        ErrorLine = lineNo,
        BufStart = bufStart,
        AtEof = eof,
        Text = text,
    };

    /// <summary>The text CPython shows for an error: its line buffer, from bufStart to the end of the current line.</summary>
    internal string BufferText(int fromIndex, int throughIndex)
    {
        int end = throughIndex < src.Length ? src.IndexOf('\n', Math.Max(throughIndex, fromIndex)) : -1;
        end = end < 0 ? src.Length : end + 1;
        return fromIndex >= end ? "" : src[fromIndex..end];
    }

    /// <summary>A tokenizer error that CPython reports with the caret at the end of the line (cur = inp).</summary>
    private PythonSyntaxError ErrorAtLineEnd(string kind, string msg)
    {
        int lineEnd = eof ? src.Length : curLineEnd + 1;
        return new PythonSyntaxError(kind, msg, fileName, lineNo, lineEnd - bufStart, BufferText(bufStart, lineEnd - 1));
    }

    /// <summary>A tokenizer error with the caret just before <paramref name="at"/> (CPython's tok->cur).</summary>
    private PythonSyntaxError ErrorAt(string msg, int at) =>
        new("SyntaxError", msg, fileName, lineNo, at - bufStart, BufferText(bufStart, Math.Max(at - 1, bufStart)));
}
