using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>Whether the current token can begin a 'test' (used for the optional parts of the grammar).</summary>
    private bool StartsTest() => tok.Kind switch
    {
        TokenKind.Name => !IsReserved(tok.Text) || tok.Text is "not" or "lambda",
        TokenKind.Number or TokenKind.String or TokenKind.LeftParen or TokenKind.LeftBracket or TokenKind.LeftBrace
            or TokenKind.Backquote or TokenKind.Minus or TokenKind.Plus or TokenKind.Tilde => true,
        _ => false,
    };

    //testlist: test (',' test)* [',']
    private Expr ParseTestList()
    {
        Token start = tok;
        Expr first = ParseTest();
        if (tok.Kind != TokenKind.Comma) return first;
        var items = new List<Expr> { first };
        while (Accept(TokenKind.Comma) && StartsTest()) items.Add(ParseTest());
        return new TupleExpr(start.Line, start.Column, items);
    }

    /// <summary>testlist as a list of its items (class bases); trailingComma tells 'a,' from 'a'.</summary>
    private List<Expr> ParseTestListItems(out bool hadComma)
    {
        var items = new List<Expr> { ParseTest() };
        hadComma = false;
        while (Accept(TokenKind.Comma))
        {
            hadComma = true;
            if (!StartsTest()) break;
            items.Add(ParseTest());
        }
        return items;
    }

    //exprlist: expr (',' expr)* [',']
    private Expr ParseExprList()
    {
        // ast.c places a for/comprehension target tuple at its first element.
        List<Expr> items = ParseExprListItems(out bool hadComma);
        return hadComma ? new TupleExpr(items[0].Line, items[0].Column, items) : items[0];
    }

    private List<Expr> ParseExprListItems(out bool hadComma)
    {
        var items = new List<Expr> { ParseExpr() };
        hadComma = false;
        while (Accept(TokenKind.Comma))
        {
            hadComma = true;
            if (!StartsExpr()) break;
            items.Add(ParseExpr());
        }
        return items;
    }

    private bool StartsExpr() => StartsTest() && !(tok.Kind == TokenKind.Name && tok.Text is "not" or "lambda" && IsReserved(tok.Text));

    private Expr ParseTestRule()
    {
        if (IsKeyword("lambda")) return ParseLambda(old: false);
        Token start = tok;
        Expr body = ParseOrTest();
        if (!AcceptKeyword("if")) return body;
        Expr test = ParseOrTest();
        ExpectKeyword("else");
        Expr orelse = ParseTest();
        return new IfExp(start.Line, start.Column, test, body, orelse);
    }

    //old_test: or_test | old_lambdef
    private Expr ParseOldTest() => IsKeyword("lambda") ? ParseLambda(old: true) : ParseOrTest();

    //or_test: and_test ('or' and_test)*
    private Expr ParseOrTest()
    {
        Token start = tok;
        Expr first = ParseAndTest();
        if (!IsKeyword("or")) return first;
        var values = new List<Expr> { first };
        while (AcceptKeyword("or")) values.Add(ParseAndTest());
        return new BoolOp(start.Line, start.Column, BoolOperator.Or, values);
    }

    //and_test: not_test ('and' not_test)*
    private Expr ParseAndTest()
    {
        Token start = tok;
        Expr first = ParseNotTest();
        if (!IsKeyword("and")) return first;
        var values = new List<Expr> { first };
        while (AcceptKeyword("and")) values.Add(ParseNotTest());
        return new BoolOp(start.Line, start.Column, BoolOperator.And, values);
    }

    //not_test: 'not' not_test | comparison
    private Expr ParseNotTest()
    {
        if (!IsKeyword("not")) return ParseComparison();
        Token start = tok;
        Advance();
        return new UnaryOp(start.Line, start.Column, UnaryOperator.Not, Nested(1, ParseNotTest));
    }

    //comparison: expr (comp_op expr)*
    //comp_op: '<'|'>'|'=='|'>='|'<='|'<>'|'!='|'in'|'not' 'in'|'is'|'is' 'not'
    private Expr ParseComparison()
    {
        Token start = tok;
        Expr left = ParseExpr();
        List<CompareOperator>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CompareOperator? op = CompareOperatorAt();
            if (!op.HasValue) break;
            (ops ??= []).Add(op.Value);
            (comparators ??= []).Add(ParseExpr());
        }
        return ops == null ? left : new Compare(start.Line, start.Column, left, ops, comparators!);
    }

    // Consumes a comparison operator if one is next.
    private CompareOperator? CompareOperatorAt()
    {
        CompareOperator? op = tok.Kind switch
        {
            TokenKind.Less => CompareOperator.Lt,
            TokenKind.Greater => CompareOperator.Gt,
            TokenKind.EqualEqual => CompareOperator.Eq,
            TokenKind.GreaterEqual => CompareOperator.GtE,
            TokenKind.LessEqual => CompareOperator.LtE,
            TokenKind.NotEqual or TokenKind.LessGreater => CompareOperator.NotEq,
            _ => null,
        };
        if (op.HasValue) { Advance(); return op; }
        if (AcceptKeyword("in")) return CompareOperator.In;
        if (AcceptKeyword("is")) return AcceptKeyword("not") ? CompareOperator.IsNot : CompareOperator.Is;
        if (IsKeyword("not"))
        {
            Advance();
            ExpectKeyword("in");
            return CompareOperator.NotIn;
        }
        return null;
    }

    //expr: xor_expr ('|' xor_expr)*
    private Expr ParseExpr()
    {
        Token start = tok;
        bool first = true;
        Expr left = ParseXorExpr();
        while (tok.Kind == TokenKind.Pipe) left = Chain(start, ref first, left, BinaryOperator.BitOr, ParseXorExpr);
        return left;
    }

    //xor_expr: and_expr ('^' and_expr)*
    private Expr ParseXorExpr()
    {
        Token start = tok;
        bool first = true;
        Expr left = ParseAndExpr();
        while (tok.Kind == TokenKind.Caret) left = Chain(start, ref first, left, BinaryOperator.BitXor, ParseAndExpr);
        return left;
    }

    //and_expr: shift_expr ('&' shift_expr)*
    private Expr ParseAndExpr()
    {
        Token start = tok;
        bool first = true;
        Expr left = ParseShiftExpr();
        while (tok.Kind == TokenKind.Ampersand) left = Chain(start, ref first, left, BinaryOperator.BitAnd, ParseShiftExpr);
        return left;
    }

    //shift_expr: arith_expr (('<<'|'>>') arith_expr)*
    private Expr ParseShiftExpr()
    {
        Token start = tok;
        bool first = true;
        Expr left = ParseArithExpr();
        while (true)
        {
            BinaryOperator op;
            if (tok.Kind == TokenKind.LeftShift) op = BinaryOperator.LShift;
            else if (tok.Kind == TokenKind.RightShift) op = BinaryOperator.RShift;
            else return left;
            left = Chain(start, ref first, left, op, ParseArithExpr);
        }
    }

    //arith_expr: term (('+'|'-') term)*
    private Expr ParseArithExpr()
    {
        Token start = tok;
        bool first = true;
        Expr left = ParseTerm();
        while (true)
        {
            BinaryOperator op;
            if (tok.Kind == TokenKind.Plus) op = BinaryOperator.Add;
            else if (tok.Kind == TokenKind.Minus) op = BinaryOperator.Sub;
            else return left;
            left = Chain(start, ref first, left, op, ParseTerm);
        }
    }

    //term: factor (('*'|'/'|'%'|'//') factor)*
    private Expr ParseTerm()
    {
        Token start = tok;
        bool first = true;
        Expr left = ParseFactor();
        while (true)
        {
            BinaryOperator op;
            switch (tok.Kind)
            {
                case TokenKind.Star: op = BinaryOperator.Mult; break;
                case TokenKind.Slash: op = BinaryOperator.Div; break;
                case TokenKind.Percent: op = BinaryOperator.Mod; break;
                case TokenKind.DoubleSlash: op = BinaryOperator.FloorDiv; break;
                default: return left;
            }
            left = Chain(start, ref first, left, op, ParseFactor);
        }
    }

    //factor: ('+'|'-'|'~') factor | power
    private Expr ParseFactor()
    {
        UnaryOperator op;
        switch (tok.Kind)
        {
            case TokenKind.Plus: op = UnaryOperator.UAdd; break;
            case TokenKind.Minus: op = UnaryOperator.USub; break;
            case TokenKind.Tilde: op = UnaryOperator.Invert; break;
            default: return ParsePower();
        }
        Token start = tok;
        Advance();
        Expr operand = Nested(1, ParseFactor);
        // ast.c ast_for_factor: '-' directly before a bare number literal makes a negative literal,
        // so -9223372036854775808 is an int, not a long.
        if (op == UnaryOperator.USub && lastPowerWasBareNumber)
        {
            lastPowerWasBareNumber = false;
            return NegateLiteral(operand, start);
        }
        lastPowerWasBareNumber = false;
        return new UnaryOp(start.Line, start.Column, op, operand);
    }

    private Expr NegateLiteral(Expr literal, Token minus) => literal switch
    {
        IntLiteral i => i.Value == long.MinValue
            ? new LongLiteral(minus.Line, minus.Column, -(System.Numerics.BigInteger)i.Value)
            : new IntLiteral(minus.Line, minus.Column, -i.Value),
        LongLiteral l => l.Value == -(System.Numerics.BigInteger)long.MinValue && !lastNumberHadLongSuffix
            ? new IntLiteral(minus.Line, minus.Column, long.MinValue)
            : new LongLiteral(minus.Line, minus.Column, -l.Value),
        FloatLiteral f => new FloatLiteral(minus.Line, minus.Column, -f.Value),
        ImaginaryLiteral c => new ImaginaryLiteral(minus.Line, minus.Column, -c.Value),
        _ => literal,
    };

    /// <summary>
    /// One more operator of a left-associative chain. ast.c ast_for_binop places the first BinOp at the start
    /// of the whole expression and each further one at its operator token.
    /// </summary>
    private Expr Chain(Token start, ref bool first, Expr left, BinaryOperator op, Func<Expr> parseRight)
    {
        Token opTok = tok;
        Advance();
        Expr right = parseRight();
        Expr result = first
            ? new BinOp(start.Line, start.Column, left, op, right)
            : new BinOp(opTok.Line, opTok.Column, left, op, right);
        first = false;
        return result;
    }
}
