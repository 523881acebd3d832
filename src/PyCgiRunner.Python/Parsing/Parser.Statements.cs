using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    private int suiteDepth;

    private bool AtModuleTop => scopes.Count == 1 && suiteDepth == 0;

    //stmt: simple_stmt | compound_stmt
    /// <summary>Parses one statement line into <paramref name="into"/>; returns true for a compound statement.</summary>
    private bool ParseStatement(List<Stmt> into)
    {
        if (tok.Kind == TokenKind.At)
        {
            into.Add(ParseDecorated());
            return true;
        }
        if (tok.Kind == TokenKind.Name)
        {
            Stmt? compound = tok.Text switch
            {
                "if" => ParseIf(),
                "while" => ParseWhile(),
                "for" => ParseFor(),
                "try" => ParseTry(),
                "with" => ParseWith(),
                "def" => ParseFuncDef([], null),
                "class" => ParseClassDef([], null),
                _ => null,
            };
            if (compound != null)
            {
                into.Add(compound);
                return true;
            }
        }
        ParseSimpleStatement(into);
        return false;
    }

    //simple_stmt: small_stmt (';' small_stmt)* [';'] NEWLINE
    private void ParseSimpleStatement(List<Stmt> into)
    {
        while (true)
        {
            Stmt s = ParseSmallStatement();
            into.Add(s);
            if (AtModuleTop) NoteModuleStatement(s);
            if (tok.Kind != TokenKind.Semicolon) break;
            Advance();
            if (tok.Kind == TokenKind.Newline) break;
        }
        Expect(TokenKind.Newline);
    }

    //small_stmt: (expr_stmt | print_stmt  | del_stmt | pass_stmt | flow_stmt |
    //             import_stmt | global_stmt | exec_stmt | assert_stmt)
    private Stmt ParseSmallStatement()
    {
        Token start = tok;
        if (tok.Kind == TokenKind.Name && IsReserved(tok.Text))
        {
            switch (tok.Text)
            {
                case "print": return ParsePrint();
                case "del": return ParseDel();
                case "pass": Advance(); return new Pass(start.Line, start.Column);
                case "break": Advance(); NoteBreak(start.Line); return new Break(start.Line, start.Column);
                case "continue": Advance(); NoteContinue(start.Line); return new Continue(start.Line, start.Column);
                case "return": return ParseReturn();
                case "raise": return ParseRaise();
                case "yield": return new ExprStmt(start.Line, start.Column, ParseYieldExpr());
                case "import": return ParseImport();
                case "from": return ParseFromImport();
                case "global": return ParseGlobal();
                case "exec": return ParseExec();
                case "assert": return ParseAssert();
            }
        }
        return ParseExprStatement();
    }

    //expr_stmt: testlist (augassign (yield_expr|testlist) |
    //                     ('=' (yield_expr|testlist))*)
    private Stmt ParseExprStatement()
    {
        Token start = tok;
        Expr first = ParseTestList();
        BinaryOperator? aug = AugmentedOperator(tok.Kind);
        if (aug.HasValue)
        {
            Advance();
            Expr value = IsKeyword("yield") ? ParseYieldExpr() : ParseTestList();
            CheckAugTarget(first);
            return new AugAssign(start.Line, start.Column, first, aug.Value, value);
        }
        if (tok.Kind != TokenKind.Assign) return new ExprStmt(start.Line, start.Column, first);

        var targets = new List<Expr> { first };
        Expr rhs = first;
        Expr? bareYieldTarget = null;
        var rhsIsBareYield = false;
        while (Accept(TokenKind.Assign))
        {
            // ast.c: an unparenthesized yield may only be the value, never a target.
            if (rhsIsBareYield) bareYieldTarget ??= rhs;
            rhsIsBareYield = IsKeyword("yield");
            rhs = rhsIsBareYield ? ParseYieldExpr() : ParseTestList();
            targets.Add(rhs);
        }
        targets.RemoveAt(targets.Count - 1);
        if (bareYieldTarget is not null)
            Defer(AstPhase, "assignment to yield expression not possible", bareYieldTarget.Line, bareYieldTarget.Column);
        foreach (Expr t in targets) CheckTarget(t, TargetUse.Assign);
        return new Assign(start.Line, start.Column, targets, rhs);
    }

    private static BinaryOperator? AugmentedOperator(TokenKind kind) => kind switch
    {
        TokenKind.PlusEqual => BinaryOperator.Add,
        TokenKind.MinusEqual => BinaryOperator.Sub,
        TokenKind.StarEqual => BinaryOperator.Mult,
        TokenKind.SlashEqual => BinaryOperator.Div,
        TokenKind.PercentEqual => BinaryOperator.Mod,
        TokenKind.AmpersandEqual => BinaryOperator.BitAnd,
        TokenKind.PipeEqual => BinaryOperator.BitOr,
        TokenKind.CaretEqual => BinaryOperator.BitXor,
        TokenKind.LeftShiftEqual => BinaryOperator.LShift,
        TokenKind.RightShiftEqual => BinaryOperator.RShift,
        TokenKind.DoubleStarEqual => BinaryOperator.Pow,
        TokenKind.DoubleSlashEqual => BinaryOperator.FloorDiv,
        _ => null,
    };

    //print_stmt: 'print' ( [ test (',' test)* [','] ] |
    //                      '>>' test [ (',' test)+ [','] ] )
    private Stmt ParsePrint()
    {
        Token start = tok;
        Advance();
        Expr? dest = null;
        var values = new List<Expr>();
        bool newline = true;
        if (Accept(TokenKind.RightShift))
        {
            dest = ParseTest();
            if (!Accept(TokenKind.Comma)) return new Print(start.Line, start.Column, dest, values, true);
            values.Add(ParseTest());
        }
        else if (StartsTest())
        {
            values.Add(ParseTest());
        }
        else
        {
            return new Print(start.Line, start.Column, null, values, true);
        }
        while (Accept(TokenKind.Comma))
        {
            if (!StartsTest()) { newline = false; break; }
            values.Add(ParseTest());
        }
        return new Print(start.Line, start.Column, dest, values, newline);
    }

    //del_stmt: 'del' exprlist
    private Stmt ParseDel()
    {
        Token start = tok;
        Advance();
        List<Expr> targets = ParseExprListItems(out _);
        foreach (Expr t in targets) CheckTarget(t, TargetUse.Delete);
        return new Delete(start.Line, start.Column, targets);
    }

    //return_stmt: 'return' [testlist]
    private Stmt ParseReturn()
    {
        Token start = tok;
        Advance();
        Expr? value = StartsTest() ? ParseTestList() : null;
        NoteReturn(start.Line, value != null);
        return new Return(start.Line, start.Column, value);
    }

    //raise_stmt: 'raise' [test [',' test [',' test]]]
    private Stmt ParseRaise()
    {
        Token start = tok;
        Advance();
        Expr? type = null, inst = null, tb = null;
        if (StartsTest())
        {
            type = ParseTest();
            if (Accept(TokenKind.Comma))
            {
                inst = ParseTest();
                if (Accept(TokenKind.Comma)) tb = ParseTest();
            }
        }
        return new Raise(start.Line, start.Column, type, inst, tb);
    }

    //global_stmt: 'global' NAME (',' NAME)*
    private Stmt ParseGlobal()
    {
        Token start = tok;
        Advance();
        var names = new List<string> { ExpectName().Text };
        while (Accept(TokenKind.Comma)) names.Add(ExpectName().Text);
        return new Global(start.Line, start.Column, names);
    }

    //exec_stmt: 'exec' expr ['in' test [',' test]]
    private Stmt ParseExec()
    {
        Token start = tok;
        Advance();
        Expr body = ParseExpr();
        Expr? globals = null, locals = null;
        if (AcceptKeyword("in"))
        {
            globals = ParseTest();
            if (Accept(TokenKind.Comma)) locals = ParseTest();
        }
        else if (body is TupleExpr { Elements.Count: 2 or 3 } t)
        {
            // CPython 2.7.18 ast.c reads exec(code, globals[, locals]) as the statement form.
            (body, globals, locals) = (t.Elements[0], t.Elements[1], t.Elements.Count == 3 ? t.Elements[2] : null);
        }
        return new Exec(start.Line, start.Column, body, globals, locals);
    }

    //assert_stmt: 'assert' test [',' test]
    private Stmt ParseAssert()
    {
        Token start = tok;
        Advance();
        Expr test = ParseTest();
        Expr? msg = Accept(TokenKind.Comma) ? ParseTest() : null;
        return new Assert(start.Line, start.Column, test, msg);
    }

    //yield_expr: 'yield' [testlist]
    private Expr ParseYieldExpr()
    {
        Token start = tok;
        Advance();
        Expr? value = StartsTest() ? ParseTestList() : null;
        NoteYield(start.Line, start.Column);
        return new Yield(start.Line, start.Column, value);
    }
}
