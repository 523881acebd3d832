using System.Text;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    //import_name: 'import' dotted_as_names
    //dotted_as_names: dotted_as_name (',' dotted_as_name)*
    //dotted_as_name: dotted_name ['as' NAME]
    private Stmt ParseImport()
    {
        Token start = tok;
        Advance();
        var names = new List<ImportAlias>();
        do
        {
            string name = ParseDottedName();
            names.Add(new ImportAlias(name, ParseAsName()));
        }
        while (Accept(TokenKind.Comma));
        return new Import(start.Line, start.Column, names);
    }

    //import_from: ('from' ('.'* dotted_name | '.'+)
    //              'import' ('*' | '(' import_as_names ')' | import_as_names))
    //import_as_names: import_as_name (',' import_as_name)* [',']
    //import_as_name: NAME ['as' NAME]
    private Stmt ParseFromImport()
    {
        Token start = tok;
        Advance();
        int level = 0;
        while (tok.Kind == TokenKind.Dot) { level++; Advance(); }
        string? module = level == 0 || !IsKeyword("import") ? ParseDottedName() : null;
        ExpectKeyword("import");

        var names = new List<ImportAlias>();
        if (Accept(TokenKind.Star))
        {
            names.Add(new ImportAlias("*", null));
        }
        else
        {
            bool parens = Accept(TokenKind.LeftParen);
            while (true)
            {
                string name = ExpectName().Text;
                names.Add(new ImportAlias(name, ParseAsName()));
                if (!Accept(TokenKind.Comma)) break;
                if (parens ? tok.Kind == TokenKind.RightParen : tok.Kind is TokenKind.Newline or TokenKind.Semicolon)
                {
                    // ast.c: the grammar allows the comma, the AST builder only inside parentheses.
                    if (!parens) Defer(AstPhase, "trailing comma not allowed without surrounding parentheses", start.Line, start.Column);
                    break;
                }
            }
            if (parens) Expect(TokenKind.RightParen);
        }
        var stmt = new ImportFrom(start.Line, start.Column, module, names, level);
        if (module == "__future__" && level == 0) ApplyFuture(stmt, AtModuleTop);
        return stmt;
    }

    //dotted_name: NAME ('.' NAME)*
    private string ParseDottedName()
    {
        string first = ExpectName().Text;
        if (tok.Kind != TokenKind.Dot) return first;
        var sb = new StringBuilder(first);
        while (Accept(TokenKind.Dot)) sb.Append('.').Append(ExpectName().Text);
        return sb.ToString();
    }

    private string? ParseAsName()
    {
        if (!AcceptKeyword("as")) return null;
        Token name = ExpectName();
        CheckForbiddenName(name.Text, name.Line, name.Column);
        return name.Text;
    }
}
