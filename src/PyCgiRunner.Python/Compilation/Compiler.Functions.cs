using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;

namespace PyCgiRunner.Python.Compilation;

public sealed partial class Compiler
{
    /// <summary>Compiles a def or lambda into a MakeFunctionNode (defaults evaluated in the defining scope).</summary>
    private MakeFunctionNode CompileFunction(object node, string name, Parameters p, IReadOnlyList<Stmt>? body, Expr? lambdaBody)
    {
        var defaults = p.Defaults.Select(CompileExpr).ToArray();
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
                if (_scope.IsGenerator)
                {
                    _pendingYields = new List<StmtNode>();
                    var valueNode = CompileExpr(lambdaBody);
                    var parts = new List<StmtNode>(_pendingYields) { new ExprStmtNode(valueNode) { Line = lambdaBody.Line } };
                    _pendingYields = null;
                    compiled = new BlockNode(parts.ToArray());
                }
                else
                {
                    compiled = new ReturnNode(CompileExpr(lambdaBody)) { Line = lambdaBody.Line };
                }
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
        var savedPending = _pendingYields;
        var savedTemp = _tempCounter;
        _scope = scope;
        _pendingYields = null;
        _tempCounter = 0;
        try { return action(); }
        finally
        {
            _scope = savedScope;
            _pendingYields = savedPending;
            _tempCounter = savedTemp;
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

    private MakeClassNode CompileClass(ClassDef cd)
    {
        var bases = cd.Bases.Select(CompileExpr).ToArray();
        var inner = _scopes[cd];
        string? doc = cd.Body.Count > 0 && cd.Body[0] is ExprStmt { Value: StrLiteral ds } ? ds.Value : null;
        var outerClass = _className;
        _className = cd.Name;
        var code = WithScope(inner, () => MakeCode(cd.Name, cd.Line, doc, null, CompileBlock(cd.Body)));
        _className = outerClass;
        return new MakeClassNode(cd.Name, bases, code, ClosureCellsFor(inner));
    }

    /// <summary>(elt for ...): a generator function over the iterator of the first iterable.</summary>
    private ExprNode CompileGeneratorExp(GeneratorExp ge)
    {
        var first = CompileExpr(ge.Generators[0].Iter);
        var inner = _scopes[ge];
        var code = WithScope(inner, () =>
        {
            StmtNode body = new YieldNode(CompileExpr(ge.Element), null) { Line = ge.Line };
            for (var i = ge.Generators.Count - 1; i >= 0; i--)
            {
                var g = ge.Generators[i];
                foreach (var cond in g.Ifs.Reverse()) body = new IfNode(CompileExpr(cond), body, null) { Line = ge.Line };
                var iter = i == 0 ? LoadName(".0") : CompileExpr(g.Iter);
                body = new ForNode(CompileTarget(g.Target), iter, body, null) { Line = ge.Line };
            }
            return MakeCode("<genexpr>", ge.Line, null, null, new BlockNode([body]) { Line = ge.Line });
        });
        return new CallComprehensionNode(new MakeFunctionNode(code, [], ClosureCellsFor(inner)), first);
    }

    private ExprNode CompileSetOrDictComp(Expr node, IReadOnlyList<Comprehension> gens, Expr element, Expr? value)
    {
        var first = CompileExpr(gens[0].Iter);
        var inner = _scopes[node];
        var name = value is null ? "<setcomp>" : "<dictcomp>";
        var code = WithScope(inner, () =>
        {
            var clauses = gens.Select((g, i) => new ComprehensionClause(
                CompileTarget(g.Target), i == 0 ? LoadName(".0") : CompileExpr(g.Iter), g.Ifs.Select(CompileExpr).ToArray())).ToArray();
            var body = new ComprehensionBody(CompileExpr(element), value is null ? null : CompileExpr(value), clauses) { Line = node.Line };
            return MakeCode(name, node.Line, null, null, body);
        });
        return new CallComprehensionNode(new MakeFunctionNode(code, [], ClosureCellsFor(inner)), first);
    }
}
