using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    // CPython 2.7 reports errors found after parsing in this order of passes; within a pass, in source order.
    private const int AstPhase = 0;      // Python/ast.c
    private const int FuturePhase = 1;   // Python/future.c
    private const int SymtablePhase = 2; // Python/symtable.c
    private const int CompilePhase = 3;  // Python/compile.c

    private readonly (PythonSyntaxError Error, int Line, int Column)?[] deferred = new (PythonSyntaxError, int, int)?[4];
    private readonly Stack<ScopeContext> scopes = new();
    private int[]? lineStarts;

    private bool futureAllowed = true;
    private bool sawFirstStatement;

    private ScopeContext Scope => scopes.Peek();

    /// <summary>Records an error CPython raises after parsing; those have no caret (offset None).</summary>
    private void Defer(int phase, string msg, int line, int column = 0, string kind = "SyntaxError")
    {
        var current = deferred[phase];
        if (current != null && (current.Value.Line < line || (current.Value.Line == line && current.Value.Column <= column))) return;
        string? text = kind == "ValueError" ? null : LineText(line);
        var error = new PythonSyntaxError(kind, msg, fileName, line, null, text) { DetailsInArgs = phase != SymtablePhase };
        deferred[phase] = (error, line, column);
    }

    private void ThrowDeferred()
    {
        foreach (var d in deferred)
        {
            if (d != null) throw d.Value.Error;
        }
    }

    /// <summary>The physical line as CPython shows it for these errors: read back from the file, leading blanks stripped.</summary>
    private string? LineText(int line)
    {
        string src = tokenizer.Source;
        if (lineStarts == null)
        {
            var starts = new List<int> { 0 };
            for (int i = 0; i < src.Length; i++) if (src[i] == '\n') starts.Add(i + 1);
            lineStarts = [.. starts];
        }
        if (line < 1 || line > lineStarts.Length || lineStarts[line - 1] >= src.Length) return null;
        int start = lineStarts[line - 1];
        int end = src.IndexOf('\n', start);
        return src[start..(end < 0 ? src.Length : end + 1)].TrimStart(' ', '\t', '\f');
    }

    private int yieldSeq;

    private void PushScope(bool isFunction) => scopes.Push(new ScopeContext(isFunction));

    private void PopScope() => CheckScope(scopes.Pop());

    //compile.c: 'yield' outside function; symtable.c: 'return' with argument inside generator. Decided when a
    //unit ends, because a yield in a generator expression's element belongs to it, not to the enclosing unit.
    private void CheckScope(ScopeContext scope)
    {
        if (scope.Yields.Count == 0) return;
        var (_, yieldLine, yieldColumn) = scope.Yields[0];
        if (!scope.IsFunction)
        {
            Defer(CompilePhase, "'yield' outside function", yieldLine, yieldColumn);
            return;
        }
        // Reported where the second of the two is found (the symbol table walks the unit in order).
        if (scope.FirstReturnValueLine is not { } returnLine) return;
        if (returnLine < yieldLine) Defer(SymtablePhase, "'return' with argument inside generator", yieldLine, yieldColumn);
        else Defer(SymtablePhase, "'return' with argument inside generator", returnLine);
    }

    //compile.c: 'return' outside function
    private void NoteReturn(int line, bool hasValue)
    {
        if (!Scope.IsFunction)
        {
            Defer(CompilePhase, "'return' outside function", line);
            return;
        }
        if (hasValue) Scope.FirstReturnValueLine ??= line;
    }

    private void NoteYield(int line, int column) => Scope.Yields.Add((yieldSeq++, line, column));

    /// <summary>
    /// A generator expression or set/dict comprehension was parsed since yield number 'from': its yields,
    /// except those of its first iterable (numbered firstIter.Start to firstIter.End), are its own.
    /// </summary>
    private void TakeComprehensionYields(int from, (int Start, int End) firstIter)
        => Scope.Yields.RemoveAll(y => y.Seq >= from && (y.Seq < firstIter.Start || y.Seq >= firstIter.End));

    private void NoteBreak(int line)
    {
        if (!Scope.Blocks.Contains(true)) Defer(CompilePhase, "'break' outside loop", line);
    }

    // compile.c compiler_continue: the innermost loop must not be outside a finally body.
    private void NoteContinue(int line)
    {
        var blocks = Scope.Blocks;
        if (blocks.Count == 0) Defer(CompilePhase, "'continue' not properly in loop", line);
        else if (!blocks[^1]) Defer(CompilePhase, "'continue' not supported inside 'finally' clause", line);
    }

    private List<Stmt> ParseBlock(bool isLoop)
    {
        Scope.Blocks.Add(isLoop);
        try
        {
            return ParseSuite();
        }
        finally
        {
            Scope.Blocks.RemoveAt(Scope.Blocks.Count - 1);
        }
    }

    // future.c: future statements may follow only the docstring and other future statements.
    private void NoteModuleStatement(Stmt s)
    {
        bool isDoc = !sawFirstStatement && s is ExprStmt { Value: StrLiteral or UnicodeLiteral };
        sawFirstStatement = true;
        if (s is ImportFrom { Module: "__future__", Level: 0 }) return;
        if (!isDoc) futureAllowed = false;
    }

    //import_from for __future__ (Python 2.7 reference §6.11)
    private void ApplyFuture(ImportFrom s, bool atModuleLevel)
    {
        if (!atModuleLevel || !futureAllowed)
        {
            Defer(CompilePhase, "from __future__ imports must occur at the beginning of the file", s.Line);
            return;
        }
        foreach (ImportAlias alias in s.Names)
        {
            switch (alias.Name)
            {
                case "division": future |= FutureFeatures.Division; break;
                case "print_function": future |= FutureFeatures.PrintFunction; break;
                case "unicode_literals": future |= FutureFeatures.UnicodeLiterals; break;
                case "absolute_import": future |= FutureFeatures.AbsoluteImport; break;
                case "nested_scopes" or "generators" or "with_statement": break;
                case "braces": Defer(FuturePhase, "not a chance", s.Line); break;
                default: Defer(FuturePhase, $"future feature {alias.Name} is not defined", s.Line); break;
            }
        }
    }
}
