using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Lexing;

namespace PyCgiRunner.Python.Parsing;

/// <summary>
/// Entry points: Python 2.7 source bytes to a syntax tree, or a PythonSyntaxError carrying CPython 2.7's
/// message and position.
/// </summary>
public static class PythonParser
{
    /// <summary>Parses a module (file_input). <paramref name="origin"/> selects the PEP 263 rules:
    /// files must declare an encoding to contain non-ASCII bytes; strings given to exec need not.</summary>
    public static ModuleNode ParseModule(byte[] source, string fileName, FutureFeatures inherited = FutureFeatures.None,
        SourceOrigin origin = SourceOrigin.File)
    {
        var parser = new Parser(new Tokenizer(source, fileName, origin), inherited);
        return parser.ParseFileInput();
    }

    /// <summary>Parses an expression for eval (eval_input: testlist NEWLINE* ENDMARKER); leading blanks are allowed.</summary>
    public static Expr ParseExpression(byte[] source, string fileName, FutureFeatures inherited = FutureFeatures.None,
        SourceOrigin origin = SourceOrigin.String)
    {
        // CPython's eval() strips leading spaces and tabs before parsing.
        int skip = 0;
        while (skip < source.Length && (source[skip] == (byte)' ' || source[skip] == (byte)'\t')) skip++;
        byte[] trimmed = skip == 0 ? source : source[skip..];
        var parser = new Parser(new Tokenizer(trimmed, fileName, origin), inherited);
        try
        {
            return parser.ParseEvalInput();
        }
        catch (PythonSyntaxError e) when (e.Msg == "invalid syntax" && e.Text is { } text && e.Offset > text.TrimEnd('\n').Length
                                          && !System.Text.Encoding.Latin1.GetString(trimmed).TrimEnd('\n', ' ').Contains('\n'))
        {
            // eval input is not given a final newline by CPython: running off the end of a one-line
            // expression is "unexpected EOF", reported at the end of the text.
            var line = text.TrimEnd('\n');
            throw new PythonSyntaxError(e.Kind, "unexpected EOF while parsing", e.FileName, e.Line, line.Length, line);
        }
    }
}
