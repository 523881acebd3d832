using System.Globalization;
using System.Numerics;
using System.Text;
using PyCgiRunner.Python.Ast;
using Attribute = PyCgiRunner.Python.Ast.Attribute;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    // Set by ParsePower when the power was a lone NUMBER token (for ast.c's negative-literal folding).
    private bool lastPowerWasBareNumber;
    private bool lastNumberHadLongSuffix;

    //power: atom trailer* ['**' factor]
    //trailer: '(' [arglist] ')' | '[' subscriptlist ']' | '.' NAME
    private Expr ParsePower()
    {
        Token start = tok;
        bool isNumber = tok.Kind == TokenKind.Number;
        Expr e = ParseAtom();
        bool bare = isNumber;
        while (true)
        {
            if (Accept(TokenKind.LeftParen)) e = ParseCallRest(e);
            else if (Accept(TokenKind.LeftBracket)) e = ParseSubscriptRest(e);
            else if (Accept(TokenKind.Dot)) e = new Attribute(e.Line, e.Column, e, ExpectName().Text);
            else break;
            bare = false;
        }
        if (Accept(TokenKind.DoubleStar))
        {
            e = new BinOp(start.Line, start.Column, e, BinaryOperator.Pow, Nested(2, ParseFactor));
            bare = false;
        }
        lastPowerWasBareNumber = bare;
        return e;
    }

    //atom: ('(' [yield_expr|testlist_comp] ')' |
    //       '[' [listmaker] ']' |
    //       '{' [dictorsetmaker] '}' |
    //       '`' testlist1 '`' |
    //       NAME | NUMBER | STRING+)
    private Expr ParseAtom()
    {
        Token start = tok;
        switch (tok.Kind)
        {
            case TokenKind.Name:
                if (IsReserved(tok.Text)) throw SyntaxErrorAt(tok);
                Advance();
                return new Name(start.Line, start.Column, start.Text);
            case TokenKind.Number:
                Advance();
                return ParseNumber(start);
            case TokenKind.String:
                return ParseStrings();
            // The inner rule of a bracket (testlist_comp, listmaker, dictorsetmaker, testlist1) is one state.
            case TokenKind.LeftParen:
                return Nested(1, ParseParenthesized);
            case TokenKind.LeftBracket:
                return Nested(1, ParseListDisplay);
            case TokenKind.LeftBrace:
                return Nested(1, ParseDictOrSetDisplay);
            case TokenKind.Backquote:
                return Nested(1, () =>
                {
                    Advance();
                    Expr value = ParseTestList(); // testlist1: test (',' test)*
                    Expect(TokenKind.Backquote);
                    return new Repr(start.Line, start.Column, value);
                });
            default:
                throw SyntaxErrorAt(tok);
        }
    }

    // Python 2.7 reference §2.4.4–§2.4.6; values as ast.c parsenumber computes them: an int literal that
    // does not fit in a C long (64-bit) becomes a long, including hex/octal above LONG_MAX.
    private Expr ParseNumber(Token t)
    {
        string text = t.Text;
        char last = text[^1];
        lastNumberHadLongSuffix = last is 'l' or 'L';
        if (last is 'j' or 'J')
        {
            return new ImaginaryLiteral(t.Line, t.Column, ParseDouble(text[..^1]));
        }
        bool isFloat = !text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            && (text.Contains('.') || text.Contains('e') || text.Contains('E'));
        if (isFloat) return new FloatLiteral(t.Line, t.Column, ParseDouble(text));

        string digits = lastNumberHadLongSuffix ? text[..^1] : text;
        BigInteger value = ParseInteger(digits);
        if (!lastNumberHadLongSuffix && value <= long.MaxValue) return new IntLiteral(t.Line, t.Column, (long)value);
        return new LongLiteral(t.Line, t.Column, value);
    }

    private static double ParseDouble(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static BigInteger ParseInteger(string digits)
    {
        int radix = 10;
        int i = 0;
        if (digits.Length > 1 && digits[0] == '0')
        {
            switch (digits[1])
            {
                case 'x' or 'X': radix = 16; i = 2; break;
                case 'o' or 'O': radix = 8; i = 2; break;
                case 'b' or 'B': radix = 2; i = 2; break;
                default: radix = 8; i = 1; break; // legacy 0777
            }
        }
        if (radix == 10 && digits.Length <= 18) return long.Parse(digits, CultureInfo.InvariantCulture);
        BigInteger value = BigInteger.Zero;
        for (; i < digits.Length; i++)
        {
            char c = digits[i];
            int d = c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
            value = value * radix + d;
        }
        return value;
    }

    /// <summary>
    /// STRING+: adjacent literals are joined (§2.4.2); if any part is unicode the whole is unicode.
    /// Under unicode_literals a literal without a b prefix is unicode. Decoding errors are CPython's
    /// ast.c errors: reported after parsing, at the literal's line.
    /// </summary>
    private Expr ParseStrings()
    {
        Token first = tok;
        var parts = new List<Token>();
        bool anyUnicode = false;
        while (tok.Kind == TokenKind.String)
        {
            parts.Add(tok);
            anyUnicode |= IsUnicodeLiteral(tok);
            Advance();
        }
        try
        {
            if (!anyUnicode)
            {
                if (parts.Count == 1) return new StrLiteral(first.Line, first.Column, StringLiteralDecoder.DecodeBytes(first.Text, IsRaw(first)));
                var sb = new StringBuilder();
                foreach (Token p in parts) sb.Append(StringLiteralDecoder.DecodeBytes(p.Text, IsRaw(p)));
                return new StrLiteral(first.Line, first.Column, sb.ToString());
            }
            var ub = new StringBuilder();
            foreach (Token p in parts)
            {
                if (IsUnicodeLiteral(p))
                {
                    ub.Append(StringLiteralDecoder.DecodeUnicode(p.Text, IsRaw(p), tokenizer.Encoding));
                    continue;
                }
                // A byte string joined to a unicode one is decoded as ASCII (the default encoding).
                string bytes = StringLiteralDecoder.DecodeBytes(p.Text, IsRaw(p));
                for (int i = 0; i < bytes.Length; i++)
                {
                    if (bytes[i] >= 0x80)
                    {
                        throw new LiteralError("SyntaxError",
                            $"(unicode error) 'ascii' codec can't decode byte 0x{(int)bytes[i]:x2} in position {i}: ordinal not in range(128)");
                    }
                }
                ub.Append(bytes);
            }
            return new UnicodeLiteral(first.Line, first.Column, ub.ToString());
        }
        catch (LiteralError e)
        {
            Defer(AstPhase, e.Msg, first.Line, first.Column, e.Kind);
            return anyUnicode ? new UnicodeLiteral(first.Line, first.Column, "") : new StrLiteral(first.Line, first.Column, "");
        }
    }

    private bool IsUnicodeLiteral(Token t) =>
        (t.Prefix & StringPrefix.Unicode) != 0
        || ((future & FutureFeatures.UnicodeLiterals) != 0 && (t.Prefix & StringPrefix.Bytes) == 0);

    private static bool IsRaw(Token t) => (t.Prefix & StringPrefix.Raw) != 0;
}
