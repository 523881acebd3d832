using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;

namespace PyCgiRunner.Python.Compilation;

public sealed partial class Compiler
{
    /// <summary>
    /// Compiles a def or lambda into a MakeFunctionNode (defaults evaluated in the defining scope; given
    /// already compiled when a generator's yield among them was lowered).
    /// </summary>
    private MakeFunctionNode CompileFunction(object node, string name, Parameters p, IReadOnlyList<Stmt>? body, Expr? lambdaBody, ExprNode[]? defaults = null)
    {
        defaults ??= p.Defaults.Select(CompileExpr).ToArray();
        var inner = _scopes[node];
        var line = node is Node n ? n.Line : 0;
        string? doc = body is { Count: > 0 } && body[0] is ExprStmt { Value: StrLiteral ds } ? ds.Value : null;
        if (doc is null && body is { Count: > 0 } && body[0] is ExprStmt { Value: UnicodeLiteral us }) doc = us.Value;
        var code = WithScope(inner, () =>
        {
            var prologue = new List<StmtNode>();
            for (var i = 0; i < p.Args.Count; i++)
            {
                if (p.Args[i] is TupleExpr tuple)
                {
                    // Python 2 tuple parameter: unpack the hidden positional slot into the names.
                    var hidden = "." + (i * 2);
                    prologue.Add(new AssignNode([CompileTarget(tuple)], LoadName(hidden)) { Line = line });
                }
            }
            StmtNode compiled;
            if (lambdaBody is not null)
            {
                // A generator lambda's value is discarded: its body is an expression statement.
                compiled = _scope.IsGenerator
                    ? CompileStatement(new ExprStmt(lambdaBody.Line, lambdaBody.Column, lambdaBody))
                    : new ReturnNode(CompileExpr(lambdaBody)) { Line = lambdaBody.Line };
            }
            else
            {
                compiled = CompileBlock(body!);
            }
            if (prologue.Count > 0)
            {
                prologue.Add(compiled);
                compiled = new BlockNode(prologue.ToArray());
            }
            return MakeCode(name, line, doc, p, compiled);
        });
        return new MakeFunctionNode(code, defaults, ClosureCellsFor(inner));
    }

    private T WithScope<T>(Scope scope, Func<T> action)
    {
        var savedScope = _scope;
        var savedTemp = _tempCounter;
        var savedLine = _loweringLine;
        _scope = scope;
        _tempCounter = 0;
        try { return action(); }
        finally
        {
            _scope = savedScope;
            _tempCounter = savedTemp;
            _loweringLine = savedLine;
        }
    }

    private CodeObject MakeCode(string name, int line, string? doc, Parameters? p, StmtNode body)
    {
        var scope = _scope;
        var cellParams = new List<(int, int)>();
        foreach (var param in scope.Parameters)
        {
            var kind = scope.KindOf(param);
            if (kind == NameKind.Cell) cellParams.Add((scope.LocalSlots.IndexOf(param), scope.CellIndexOf(param)));
        }
        return new CodeObject
        {
            Name = name,
            Source = _source,
            FirstLine = line,
            Docstring = doc,
            LocalNames = scope.LocalSlots.ToArray(),
            CellNames = scope.CellNames.ToArray(),
            FreeNames = scope.FreeNames.ToArray(),
            ArgCount = p?.Args.Count ?? (scope.Parameters.Count),
            HasVarArgs = p?.VarArg is not null,
            HasKwArgs = p?.KwArg is not null,
            IsGenerator = scope.IsGenerator,
            CellParameters = cellParams.ToArray(),
            UsesNameLocals = scope.NeedsNameLocals,
            Future = _future,
            Body = body,
        };
    }

    private MakeClassNode CompileClass(ClassDef cd, ExprNode[]? bases = null)
    {
        bases ??= cd.Bases.Select(CompileExpr).ToArray();
        var inner = _scopes[cd];
        string? doc = cd.Body.Count > 0 && cd.Body[0] is ExprStmt { Value: StrLiteral ds } ? ds.Value : null;
        var outerClass = _className;
        _className = cd.Name;
        var code = WithScope(inner, () => MakeCode(cd.Name, cd.Line, doc, null, CompileBlock(cd.Body)));
        _className = outerClass;
        return new MakeClassNode(cd.Name, bases, code, ClosureCellsFor(inner));
    }

    /// <summary>(elt for ...): a generator function over the iterator of the first iterable.</summary>
    private ExprNode CompileGeneratorExp(GeneratorExp ge, ExprNode firstIterable)
    {
        var inner = _scopes[ge];
        var code = WithScope(inner, () =>
        {
            _loweringLine = ge.Line;
            var loops = ComprehensionLoop(ge.Generators, 0, LoadName(".0"), body =>
            {
                var value = Lower(ge.Element, body);
                Emit(body, new YieldNode(value, null));
            });
            return MakeCode("<genexpr>", ge.Line, null, null, new BlockNode([loops]) { Line = ge.Line });
        });
        return new CallComprehensionNode(new MakeFunctionNode(code, [], ClosureCellsFor(inner)), firstIterable);
    }

    /// <summary>
    /// {elt for ...} and {k: v for ...}: a function of their own (Python 2.7) over the first iterable's iterator.
    /// A yield inside makes that function a generator, as in CPython 2.7.
    /// </summary>
    private ExprNode CompileSetOrDictComp(Expr node, IReadOnlyList<Comprehension> gens, Expr element, Expr? value, ExprNode firstIterable)
    {
        var inner = _scopes[node];
        var name = value is null ? "<setcomp>" : "<dictcomp>";
        var code = WithScope(inner, () =>
        {
            StmtNode body;
            if (inner.IsGenerator)
            {
                _loweringLine = node.Line;
                body = LoweredSetOrDictComp(gens, element, value);
            }
            else
            {
                var clauses = gens.Select((g, i) => new ComprehensionClause(
                    CompileTarget(g.Target), i == 0 ? LoadName(".0") : CompileExpr(g.Iter), g.Ifs.Select(CompileExpr).ToArray())).ToArray();
                body = new ComprehensionBody(CompileExpr(element), value is null ? null : CompileExpr(value), clauses) { Line = node.Line };
            }
            return MakeCode(name, node.Line, null, null, body);
        });
        return new CallComprehensionNode(new MakeFunctionNode(code, [], ClosureCellsFor(inner)), firstIterable);
    }
}
