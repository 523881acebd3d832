using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

/// <summary>
/// Hand-written recursive-descent parser for the Python 2.7 grammar (Grammar/Grammar of 2.7, quoted above
/// each method). It keeps exactly one token of look-ahead, like CPython's LL(1) parser, so a syntax error is
/// reported on the same token as CPython reports it. Errors CPython finds only after parsing (while building
/// the AST, the symbol table or the bytecode) are recorded and thrown at the end, earliest phase first.
/// Partial files: Parser.Statements.cs, Parser.Compound.cs, Parser.Functions.cs, Parser.Expressions.cs,
/// Parser.Atoms.cs, Parser.Displays.cs, Parser.Arguments.cs, Parser.Targets.cs, Parser.Checks.cs.
/// </summary>
internal sealed partial class Parser
{
    private readonly Tokenizer tokenizer;
    private readonly string fileName;
    private Token tok;
    private FutureFeatures future;

    public Parser(Tokenizer tokenizer, FutureFeatures inherited)
    {
        this.tokenizer = tokenizer;
        fileName = tokenizer.FileName;
        future = inherited;
        tok = tokenizer.Next();
        scopes.Push(new ScopeContext(isFunction: false));
    }

    //file_input: (NEWLINE | stmt)* ENDMARKER
    public ModuleNode ParseFileInput()
    {
        var body = new List<Stmt>();
        while (tok.Kind != TokenKind.EndMarker)
        {
            if (tok.Kind == TokenKind.Newline) { Advance(); continue; }
            if (ParseStatement(body)) NoteModuleStatement(body[^1]);
        }
        CheckScope(Scope);
        ThrowDeferred();
        string? doc = body.Count > 0 && body[0] is ExprStmt { Value: StrLiteral or UnicodeLiteral } first
            ? first.Value is StrLiteral s ? s.Value : ((UnicodeLiteral)first.Value).Value
            : null;
        return new ModuleNode(body, future, doc);
    }

    //eval_input: testlist NEWLINE* ENDMARKER
    public Expr ParseEvalInput()
    {
        PushStates(2); // eval_input and testlist
        Expr e = ParseTestList();
        while (tok.Kind == TokenKind.Newline) Advance();
        if (tok.Kind != TokenKind.EndMarker) throw SyntaxErrorAt(tok);
        CheckScope(Scope);
        ThrowDeferred();
        return e;
    }

    private void Advance() => tok = tokenizer.Next();

    private Token Expect(TokenKind kind)
    {
        if (tok.Kind != kind) throw SyntaxErrorAt(tok, expectedIndent: kind == TokenKind.Indent);
        Token t = tok;
        Advance();
        return t;
    }

    private bool Accept(TokenKind kind)
    {
        if (tok.Kind != kind) return false;
        Advance();
        return true;
    }

    /// <summary>Whether the current token is the keyword <paramref name="word"/>.</summary>
    private bool IsKeyword(string word) => tok.Kind == TokenKind.Name && tok.Text == word && IsReserved(word);

    private void ExpectKeyword(string word)
    {
        if (!IsKeyword(word)) throw SyntaxErrorAt(tok);
        Advance();
    }

    private bool AcceptKeyword(string word)
    {
        if (!IsKeyword(word)) return false;
        Advance();
        return true;
    }

    /// <summary>An identifier: a NAME token that is not a reserved word.</summary>
    private Token ExpectName()
    {
        if (tok.Kind != TokenKind.Name || IsReserved(tok.Text)) throw SyntaxErrorAt(tok);
        Token t = tok;
        Advance();
        return t;
    }

    // Python 2.7 reference §2.3.1. 'print' stops being a keyword under print_function.
    private bool IsReserved(string word) => word switch
    {
        "and" or "as" or "assert" or "break" or "class" or "continue" or "def" or "del" or "elif" or "else"
            or "except" or "exec" or "finally" or "for" or "from" or "global" or "if" or "import" or "in" or "is"
            or "lambda" or "not" or "or" or "pass" or "raise" or "return" or "try" or "while" or "with"
            or "yield" => true,
        "print" => (future & FutureFeatures.PrintFunction) == 0,
        _ => false,
    };

    /// <summary>
    /// The error CPython's parser reports on a token it cannot accept. Its offset is where the tokenizer
    /// stood (just past the token) relative to its line buffer; input ending on line 1 gives "unexpected EOF".
    /// </summary>
    private PythonSyntaxError SyntaxErrorAt(Token t, bool expectedIndent = false)
    {
        string kind = "SyntaxError";
        string msg = "invalid syntax";
        if (t.AtEof && t.ErrorLine <= 1) msg = "unexpected EOF while parsing";
        else if (expectedIndent) (kind, msg) = ("IndentationError", "expected an indented block");
        else if (t.Kind == TokenKind.Indent) (kind, msg) = ("IndentationError", "unexpected indent");
        else if (t.Kind == TokenKind.Dedent) (kind, msg) = ("IndentationError", "unexpected unindent");
        string text = tokenizer.BufferText(t.BufStart, Math.Max(t.End - 1, t.Start));
        return new PythonSyntaxError(kind, msg, fileName, t.ErrorLine, t.End - t.BufStart, text);
    }
}
