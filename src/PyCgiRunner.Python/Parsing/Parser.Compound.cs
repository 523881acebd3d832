using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    //suite: simple_stmt | NEWLINE INDENT stmt+ DEDENT
    private List<Stmt> ParseSuite()
    {
        Expect(TokenKind.Colon);
        var body = new List<Stmt>();
        suiteDepth++;
        try
        {
            if (tok.Kind != TokenKind.Newline)
            {
                ParseSimpleStatement(body);
                return body;
            }
            Advance();
            Expect(TokenKind.Indent);
            do
            {
                ParseStatement(body);
            }
            while (tok.Kind != TokenKind.Dedent);
            Advance();
            return body;
        }
        finally
        {
            suiteDepth--;
        }
    }

    //if_stmt: 'if' test ':' suite ('elif' test ':' suite)* ['else' ':' suite]
    private Stmt ParseIf()
    {
        Token start = tok;
        Advance();
        Expr test = ParseTest();
        List<Stmt> body = ParseSuite();
        return new If(start.Line, start.Column, test, body, ParseElifOrElse());
    }

    // ast.c gives an elif's If node the position of its test.
    private List<Stmt> ParseElifOrElse()
    {
        if (AcceptKeyword("elif"))
        {
            Expr test = ParseTest();
            List<Stmt> body = ParseSuite();
            return [new If(test.Line, test.Column, test, body, ParseElifOrElse())];
        }
        return AcceptKeyword("else") ? ParseSuite() : [];
    }

    //while_stmt: 'while' test ':' suite ['else' ':' suite]
    private Stmt ParseWhile()
    {
        Token start = tok;
        Advance();
        Expr test = ParseTest();
        List<Stmt> body = ParseBlock(isLoop: true);
        List<Stmt> orelse = AcceptKeyword("else") ? ParseSuite() : [];
        return new While(start.Line, start.Column, test, body, orelse);
    }

    //for_stmt: 'for' exprlist 'in' testlist ':' suite ['else' ':' suite]
    private Stmt ParseFor()
    {
        Token start = tok;
        Advance();
        Expr target = ParseExprList();
        ExpectKeyword("in");
        Expr iter = ParseTestList();
        CheckTarget(target, TargetUse.Assign);
        List<Stmt> body = ParseBlock(isLoop: true);
        List<Stmt> orelse = AcceptKeyword("else") ? ParseSuite() : [];
        return new For(start.Line, start.Column, target, iter, body, orelse);
    }

    //try_stmt: ('try' ':' suite
    //           ((except_clause ':' suite)+
    //            ['else' ':' suite]
    //            ['finally' ':' suite] |
    //           'finally' ':' suite))
    private Stmt ParseTry()
    {
        Token start = tok;
        Advance();
        List<Stmt> body = ParseSuite();
        var handlers = new List<ExceptHandler>();
        while (IsKeyword("except")) handlers.Add(ParseExceptClause());
        if (handlers.Count == 0 && !IsKeyword("finally")) throw SyntaxErrorAt(tok);

        CheckBareExceptIsLast(body, handlers);
        List<Stmt> orelse = handlers.Count > 0 && AcceptKeyword("else") ? ParseSuite() : [];
        Stmt result = handlers.Count > 0 ? new TryExcept(start.Line, start.Column, body, handlers, orelse) : null!;
        if (AcceptKeyword("finally"))
        {
            List<Stmt> final = ParseBlock(isLoop: false);
            result = new TryFinally(start.Line, start.Column, handlers.Count > 0 ? [result] : body, final);
        }
        return result;
    }

    //except_clause: 'except' [test [('as' | ',') test]]
    private ExceptHandler ParseExceptClause()
    {
        Token start = tok;
        Advance();
        Expr? type = null, target = null;
        if (StartsTest())
        {
            type = ParseTest();
            if (AcceptKeyword("as") || Accept(TokenKind.Comma))
            {
                target = ParseTest();
                CheckTarget(target, TargetUse.Assign);
            }
        }
        return new ExceptHandler(start.Line, start.Column, type, target, ParseSuite());
    }

    // compile.c: "default 'except:' must be last", reported at the line of the last statement compiled before it.
    private void CheckBareExceptIsLast(List<Stmt> body, List<ExceptHandler> handlers)
    {
        for (int i = 0; i < handlers.Count - 1; i++)
        {
            if (handlers[i].Type != null) continue;
            int line = LastCompiledLine(i == 0 ? body : handlers[i - 1].Body, i == 0 ? 0 : handlers[i - 1].Line);
            Defer(CompilePhase, "default 'except:' must be last", line);
            return;
        }
    }

    private static int LastCompiledLine(IReadOnlyList<Stmt> stmts, int fallback)
    {
        if (stmts.Count == 0) return fallback;
        Stmt last = stmts[^1];
        return last switch
        {
            If s => LastCompiledLine(s.OrElse.Count > 0 ? s.OrElse : s.Body, s.Line),
            While s => LastCompiledLine(s.OrElse.Count > 0 ? s.OrElse : s.Body, s.Line),
            For s => LastCompiledLine(s.OrElse.Count > 0 ? s.OrElse : s.Body, s.Line),
            With s => LastCompiledLine(s.Body, s.Line),
            TryFinally s => LastCompiledLine(s.FinalBody, s.Line),
            TryExcept s => s.OrElse.Count > 0 ? LastCompiledLine(s.OrElse, s.Line) : LastCompiledLine(s.Handlers[^1].Body, s.Handlers[^1].Line),
            _ => last.Line,
        };
    }

    //with_stmt: 'with' with_item (',' with_item)*  ':' suite
    //with_item: test ['as' expr]
    private Stmt ParseWith()
    {
        Token start = tok;
        Advance();
        var items = new List<(Token Start, Expr Context, Expr? Vars)>();
        do
        {
            Token itemStart = tok;
            Expr context = ParseTest();
            Expr? vars = null;
            if (AcceptKeyword("as"))
            {
                vars = ParseExpr();
                CheckTarget(vars, TargetUse.Assign);
            }
            items.Add((itemStart, context, vars));
        }
        while (Accept(TokenKind.Comma));
        List<Stmt> body = ParseSuite();

        // 'with a, b:' is 'with a: with b:'; ast.c places each With at its item.
        Stmt result = null!;
        for (int i = items.Count - 1; i >= 0; i--)
        {
            result = new With(items[i].Start.Line, items[i].Start.Column, items[i].Context, items[i].Vars, body);
            body = [result];
        }
        return result;
    }
}
