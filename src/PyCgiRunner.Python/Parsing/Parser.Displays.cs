using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    //atom: '(' [yield_expr|testlist_comp] ')'
    //testlist_comp: test ( comp_for | (',' test)* [','] )
    private Expr ParseParenthesized()
    {
        Token open = tok;
        Advance();
        if (Accept(TokenKind.RightParen)) return new TupleExpr(open.Line, open.Column, []);
        if (IsKeyword("yield"))
        {
            Expr y = ParseYieldExpr();
            Expect(TokenKind.RightParen);
            return y;
        }
        Token start = tok;
        int mark = yieldSeq;
        Expr first = ParseTest();
        Expr result;
        if (IsKeyword("for"))
        {
            // ast.c gives a parenthesized tuple or generator expression the position of its first element.
            result = new GeneratorExp(start.Line, start.Column, first, ParseCompFor(mark));
        }
        else if (tok.Kind == TokenKind.Comma)
        {
            var items = new List<Expr> { first };
            while (Accept(TokenKind.Comma) && StartsTest()) items.Add(ParseTest());
            result = new TupleExpr(start.Line, start.Column, items);
        }
        else
        {
            result = first;
        }
        Expect(TokenKind.RightParen);
        return result;
    }

    //atom: '[' [listmaker] ']'
    //listmaker: test ( list_for | (',' test)* [','] )
    private Expr ParseListDisplay()
    {
        Token open = tok;
        Advance();
        var items = new List<Expr>();
        if (tok.Kind != TokenKind.RightBracket)
        {
            Token start = tok; // ast.c: a list comprehension is placed at its first element
            Expr first = ParseTest();
            if (IsKeyword("for"))
            {
                var comp = new ListComp(start.Line, start.Column, first, ParseListFor());
                Expect(TokenKind.RightBracket);
                return comp;
            }
            items.Add(first);
            while (Accept(TokenKind.Comma) && StartsTest()) items.Add(ParseTest());
        }
        Expect(TokenKind.RightBracket);
        return new ListExpr(open.Line, open.Column, items);
    }

    //atom: '{' [dictorsetmaker] '}'
    //dictorsetmaker: ( (test ':' test (comp_for | (',' test ':' test)* [','])) |
    //                  (test (comp_for | (',' test)* [','])) )
    private Expr ParseDictOrSetDisplay()
    {
        Token open = tok;
        Advance();
        if (Accept(TokenKind.RightBrace)) return new DictExpr(open.Line, open.Column, [], []);
        Token start = tok; // ast.c: set and dict comprehensions are placed at their first element
        int mark = yieldSeq;
        Expr first = ParseTest();
        Expr result;
        if (Accept(TokenKind.Colon))
        {
            Expr value = ParseTest();
            if (IsKeyword("for"))
            {
                result = new DictComp(start.Line, start.Column, first, value, ParseCompFor(mark));
            }
            else
            {
                var keys = new List<Expr> { first };
                var values = new List<Expr> { value };
                while (Accept(TokenKind.Comma) && StartsTest())
                {
                    keys.Add(ParseTest());
                    Expect(TokenKind.Colon);
                    values.Add(ParseTest());
                }
                result = new DictExpr(open.Line, open.Column, keys, values);
            }
        }
        else if (IsKeyword("for"))
        {
            result = new SetComp(start.Line, start.Column, first, ParseCompFor(mark));
        }
        else
        {
            var items = new List<Expr> { first };
            while (Accept(TokenKind.Comma) && StartsTest()) items.Add(ParseTest());
            result = new SetExpr(open.Line, open.Column, items);
        }
        Expect(TokenKind.RightBrace);
        return result;
    }

    //list_for: 'for' exprlist 'in' testlist_safe [list_iter]
    //list_iter: list_for | list_if
    //list_if: 'if' old_test [list_iter]
    private List<Comprehension> ParseListFor()
    {
        var generators = new List<Comprehension>();
        while (AcceptKeyword("for"))
        {
            Expr target = ParseExprList();
            CheckTarget(target, TargetUse.Assign);
            ExpectKeyword("in");
            Expr iter = ParseTestListSafe();
            var ifs = new List<Expr>();
            while (AcceptKeyword("if")) ifs.Add(ParseOldTest());
            generators.Add(new Comprehension(target, iter, ifs));
        }
        return generators;
    }

    //testlist_safe: old_test [(',' old_test)+ [',']]
    private Expr ParseTestListSafe()
    {
        Token start = tok;
        Expr first = ParseOldTest();
        if (!Accept(TokenKind.Comma)) return first;
        var items = new List<Expr> { first, ParseOldTest() };
        while (Accept(TokenKind.Comma) && StartsTest()) items.Add(ParseOldTest());
        return new TupleExpr(start.Line, start.Column, items);
    }

    //comp_for: 'for' exprlist 'in' or_test [comp_iter]
    //comp_iter: comp_for | comp_if
    //comp_if: 'if' old_test [comp_iter]
    // 'mark' is the yield number where the element began: the comprehension's own scope takes its yields.
    private List<Comprehension> ParseCompFor(int mark)
    {
        var generators = new List<Comprehension>();
        (int Start, int End) firstIter = (0, 0);
        while (AcceptKeyword("for"))
        {
            Expr target = ParseExprList();
            CheckTarget(target, TargetUse.Assign);
            ExpectKeyword("in");
            int iterStart = yieldSeq;
            Expr iter = ParseOrTest();
            if (generators.Count == 0) firstIter = (iterStart, yieldSeq);
            var ifs = new List<Expr>();
            while (AcceptKeyword("if")) ifs.Add(ParseOldTest());
            generators.Add(new Comprehension(target, iter, ifs));
        }
        TakeComprehensionYields(mark, firstIter);
        return generators;
    }

    //trailer: '[' subscriptlist ']'
    //subscriptlist: subscript (',' subscript)* [',']
    private Expr ParseSubscriptRest(Expr value)
    {
        Expr first = ParseSubscript();
        Expr index = first;
        if (tok.Kind == TokenKind.Comma)
        {
            var items = new List<Expr> { first };
            while (Accept(TokenKind.Comma) && (StartsTest() || tok.Kind is TokenKind.Colon or TokenKind.Dot)) items.Add(ParseSubscript());
            index = new TupleExpr(first.Line, first.Column, items);
        }
        Expect(TokenKind.RightBracket);
        return new Subscript(value.Line, value.Column, value, index);
    }

    //subscript: '.' '.' '.' | test | [test] ':' [test] [sliceop]
    //sliceop: ':' [test]
    private Expr ParseSubscript()
    {
        Token start = tok;
        if (tok.Kind == TokenKind.Dot)
        {
            Advance();
            Expect(TokenKind.Dot);
            Expect(TokenKind.Dot);
            return new EllipsisExpr(start.Line, start.Column);
        }
        Expr? lower = tok.Kind == TokenKind.Colon ? null : ParseTest();
        if (!Accept(TokenKind.Colon)) return lower!;
        Expr? upper = StartsTest() ? ParseTest() : null;
        bool hasStep = Accept(TokenKind.Colon);
        Expr? step = hasStep && StartsTest() ? ParseTest() : null;
        return new SliceExpr(start.Line, start.Column, lower, upper, step, hasStep);
    }
}
