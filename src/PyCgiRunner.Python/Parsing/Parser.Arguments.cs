using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    //trailer: '(' [arglist] ')'
    //arglist: (argument ',')* (argument [',']
    //                         |'*' test (',' argument)* [',' '**' test]
    //                         |'**' test)
    //argument: test [comp_for] | test '=' test
    private Expr ParseCallRest(Expr func)
    {
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        Expr? starArgs = null, kwArgs = null;
        var kinds = new List<(char Kind, Expr Node)>(); // 'p' positional, 'k' keyword, 'g' generator, '*' star
        while (tok.Kind != TokenKind.RightParen)
        {
            if (tok.Kind == TokenKind.Star && starArgs == null)
            {
                Advance();
                starArgs = ParseTest();
                kinds.Add(('*', starArgs));
            }
            else if (tok.Kind == TokenKind.DoubleStar)
            {
                Advance();
                kwArgs = ParseTest();
                break;
            }
            else
            {
                ParseArgument(args, keywords, kinds);
            }
            if (!Accept(TokenKind.Comma)) break;
            // After *args the only trailing item allowed is '**' test; a bare trailing comma is not.
            if (starArgs != null && tok.Kind == TokenKind.RightParen) throw SyntaxErrorAt(tok);
        }
        Expect(TokenKind.RightParen);
        CheckCallArguments(kinds);
        return new Call(func.Line, func.Column, func, args, keywords, starArgs, kwArgs);
    }

    private void ParseArgument(List<Expr> args, List<Keyword> keywords, List<(char, Expr)> kinds)
    {
        Token start = tok;
        int mark = yieldSeq;
        Expr e = ParseTest();
        if (IsKeyword("for"))
        {
            var gen = new GeneratorExp(start.Line, start.Column, e, ParseCompFor(mark));
            args.Add(gen);
            kinds.Add(('g', gen));
            return;
        }
        if (!Accept(TokenKind.Assign))
        {
            args.Add(e);
            kinds.Add(('p', e));
            return;
        }
        Expr value = ParseTest();
        if (e is Lambda) Defer(AstPhase, "lambda cannot contain assignment", e.Line, e.Column);
        else if (e is not Name) Defer(AstPhase, "keyword can't be an expression", e.Line, e.Column);
        string name = (e as Name)?.Id ?? "";
        if (e is Name n)
        {
            CheckForbiddenName(n.Id, n.Line, n.Column);
            foreach (Keyword k in keywords)
            {
                if (k.Name == name) Defer(AstPhase, "keyword argument repeated", e.Line, e.Column);
            }
        }
        keywords.Add(new Keyword(name, value));
        kinds.Add(('k', e));
    }

    // ast.c ast_for_call: the checks made on the argument list once parsed.
    private void CheckCallArguments(List<(char Kind, Expr Node)> kinds)
    {
        int gens = 0, others = 0;
        foreach (var (kind, _) in kinds)
        {
            if (kind == 'g') gens++;
            else if (kind != '*') others++;
        }
        if (gens > 1 || (gens > 0 && others > 0))
        {
            Expr at = kinds.First(k => k.Kind == 'g').Node;
            Defer(AstPhase, "Generator expression must be parenthesized if not sole argument", at.Line, at.Column);
        }
        bool sawKeyword = false, sawStar = false;
        foreach (var (kind, node) in kinds)
        {
            switch (kind)
            {
                case 'k': sawKeyword = true; break;
                case '*': sawStar = true; break;
                default:
                    if (sawKeyword) Defer(AstPhase, "non-keyword arg after keyword arg", node.Line, node.Column);
                    else if (sawStar) Defer(AstPhase, "only named arguments may follow *expression", node.Line, node.Column);
                    break;
            }
        }
    }
}
