using PyCgiRunner.Python.Ast;
using Attribute = PyCgiRunner.Python.Ast.Attribute;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    //decorated: decorators (classdef | funcdef)
    //decorators: decorator+
    //decorator: '@' dotted_name [ '(' [arglist] ')' ] NEWLINE
    private Stmt ParseDecorated()
    {
        Token start = tok; // CPython 2.7 gives the decorated definition the first decorator's position
        var decorators = new List<Expr>();
        while (tok.Kind == TokenKind.At)
        {
            Advance();
            Token nameTok = ExpectName();
            Expr d = new Name(nameTok.Line, nameTok.Column, nameTok.Text);
            while (Accept(TokenKind.Dot)) d = new Attribute(nameTok.Line, nameTok.Column, d, ExpectName().Text);
            if (Accept(TokenKind.LeftParen)) d = ParseCallRest(d);
            Expect(TokenKind.Newline);
            decorators.Add(d);
        }
        if (IsKeyword("def")) return ParseFuncDef(decorators, start);
        if (IsKeyword("class")) return ParseClassDef(decorators, start);
        throw SyntaxErrorAt(tok);
    }

    //funcdef: 'def' NAME parameters ':' suite
    //parameters: '(' [varargslist] ')'
    private Stmt ParseFuncDef(List<Expr> decorators, Token? decoratorStart)
    {
        Token start = decoratorStart ?? tok;
        Advance();
        Token name = ExpectName();
        CheckForbiddenName(name.Text, name.Line, name.Column);
        Expect(TokenKind.LeftParen);
        Parameters parameters = ParseVarArgsList(TokenKind.RightParen, start.Line);
        Expect(TokenKind.RightParen);
        PushScope(isFunction: true);
        List<Stmt> body;
        try
        {
            body = ParseSuite();
        }
        finally
        {
            PopScope();
        }
        return new FunctionDef(start.Line, start.Column, name.Text, parameters, body, decorators);
    }

    //classdef: 'class' NAME ['(' [testlist] ')'] ':' suite
    private Stmt ParseClassDef(List<Expr> decorators, Token? decoratorStart)
    {
        Token start = decoratorStart ?? tok;
        Advance();
        Token name = ExpectName();
        CheckForbiddenName(name.Text, name.Line, name.Column);
        List<Expr> bases = [];
        if (Accept(TokenKind.LeftParen))
        {
            if (tok.Kind != TokenKind.RightParen) bases = ParseTestListItems(out _);
            Expect(TokenKind.RightParen);
        }
        PushScope(isFunction: false);
        List<Stmt> body;
        try
        {
            body = ParseSuite();
        }
        finally
        {
            PopScope();
        }
        return new ClassDef(start.Line, start.Column, name.Text, bases, body, decorators);
    }

    //lambdef: 'lambda' [varargslist] ':' test
    //old_lambdef: 'lambda' [varargslist] ':' old_test
    private Expr ParseLambda(bool old)
    {
        Token start = tok;
        Advance();
        Parameters parameters = ParseVarArgsList(TokenKind.Colon, start.Line);
        Expect(TokenKind.Colon);
        PushScope(isFunction: true);
        try
        {
            Expr body = old ? ParseOldTest() : ParseTest();
            return new Lambda(start.Line, start.Column, parameters, body);
        }
        finally
        {
            PopScope();
        }
    }

    //varargslist: ((fpdef ['=' test] ',')*
    //              ('*' NAME [',' '**' NAME] | '**' NAME) |
    //              fpdef ['=' test] (',' fpdef ['=' test])* [','])
    private Parameters ParseVarArgsList(TokenKind terminator, int defLine)
    {
        var args = new List<Expr>();
        var defaults = new List<Expr>();
        string? varArg = null, kwArg = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (tok.Kind != terminator)
        {
            if (Accept(TokenKind.Star))
            {
                varArg = ParseParamName(seen, defLine);
                if (Accept(TokenKind.Comma))
                {
                    Expect(TokenKind.DoubleStar);
                    kwArg = ParseParamName(seen, defLine);
                }
                break;
            }
            if (Accept(TokenKind.DoubleStar))
            {
                kwArg = ParseParamName(seen, defLine);
                break;
            }
            Expr arg = ParseFpDef(seen, defLine);
            args.Add(arg);
            if (Accept(TokenKind.Assign))
            {
                defaults.Add(ParseTest());
            }
            else if (defaults.Count > 0)
            {
                Defer(AstPhase, "non-default argument follows default argument", arg.Line, arg.Column);
            }
            if (!Accept(TokenKind.Comma)) break;
        }
        return new Parameters(args, defaults, varArg, kwArg);
    }

    //fpdef: NAME | '(' fplist ')'
    //fplist: fpdef (',' fpdef)* [',']
    private Expr ParseFpDef(HashSet<string> seen, int defLine)
    {
        if (tok.Kind != TokenKind.LeftParen)
        {
            Token nameTok = tok;
            string name = ParseParamName(seen, defLine);
            return new Name(nameTok.Line, nameTok.Column, name);
        }
        Advance();
        Token listStart = tok; // ast.c places a tuple parameter at the start of its fplist
        var items = new List<Expr> { ParseFpDef(seen, defLine) };
        bool comma = false;
        while (Accept(TokenKind.Comma))
        {
            comma = true;
            if (tok.Kind == TokenKind.RightParen) break;
            items.Add(ParseFpDef(seen, defLine));
        }
        Expect(TokenKind.RightParen);
        // ast.c: def f((x)): is a plain parameter x.
        return comma ? new TupleExpr(listStart.Line, listStart.Column, items) : items[0];
    }

    private string ParseParamName(HashSet<string> seen, int defLine)
    {
        Token name = ExpectName();
        CheckForbiddenName(name.Text, name.Line, name.Column);
        if (!seen.Add(name.Text)) Defer(SymtablePhase, $"duplicate argument '{name.Text}' in function definition", defLine);
        return name.Text;
    }
}
