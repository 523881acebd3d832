using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// Turns a syntax tree into the executable node tree, once per script version. Names are resolved here
/// (slots, cells, globals, namespace dicts) using the scopes from <see cref="ScopeAnalyzer"/>; the nodes only
/// execute. Expressions with yield in positions other than 'yield x' / 't = yield x' are evaluated through a
/// hidden temporary slot.
/// </summary>
public sealed partial class Compiler
{
    private readonly SourceFile _source;
    private readonly IReadOnlyDictionary<object, Scope> _scopes;
    private readonly FutureFeatures _future;
    private Scope _scope;
    private List<StmtNode>? _pendingYields;
    private int _tempCounter;
    /// <summary>In 'single' mode, the top-level scope whose expression statements echo through sys.displayhook.</summary>
    private Scope? _interactiveScope;
    /// <summary>The innermost enclosing class (for private name mangling).</summary>
    private string? _className;

    private string M(string name) => NameMangling.Mangle(_className, name);

    private Compiler(SourceFile source, IReadOnlyDictionary<object, Scope> scopes, Scope root, FutureFeatures future)
    {
        _source = source;
        _scopes = scopes;
        _scope = root;
        _future = future;
    }

    /// <summary>
    /// Compiles a module. With namespaceLocals (exec and eval code), top-level names are read from the
    /// locals namespace first, like a class body.
    /// </summary>
    public static CodeObject CompileModule(ModuleNode module, SourceFile source, bool namespaceLocals = false, FutureFeatures inherited = FutureFeatures.None, bool interactive = false)
    {
        var (root, scopes) = ScopeAnalyzer.Analyze(module, namespaceLocals ? ScopeKind.Class : ScopeKind.Module);
        var compiler = new Compiler(source, scopes, root, module.FutureFlags | inherited) { _interactiveScope = interactive ? root : null };
        var body = compiler.CompileBlock(module.Body);
        return new CodeObject
        {
            Name = "<module>",
            Source = source,
            FirstLine = 1,
            Docstring = module.Docstring,
            LocalNames = [],
            CellNames = [],
            FreeNames = [],
            ArgCount = 0,
            Future = module.FutureFlags | inherited,
            Body = body,
        };
    }

    /// <summary>Compiles an expression for eval(): a module whose body returns the value.</summary>
    public static CodeObject CompileEval(Expr expr, SourceFile source, FutureFeatures inherited = FutureFeatures.None)
    {
        var module = new ModuleNode([new Return(expr.Line, expr.Column, expr)], inherited, null);
        var (root, scopes) = ScopeAnalyzer.Analyze(module, ScopeKind.Class);
        var compiler = new Compiler(source, scopes, root, inherited);
        var body = new ReturnNode(compiler.CompileExpr(expr)) { Line = expr.Line };
        return new CodeObject
        {
            Name = "<module>", Source = source, FirstLine = expr.Line, LocalNames = [], CellNames = [], FreeNames = [],
            ArgCount = 0, Future = inherited, Body = body,
        };
    }

    private StmtNode CompileBlock(IReadOnlyList<Stmt> body)
    {
        var nodes = new List<StmtNode>(body.Count);
        foreach (var s in body) nodes.Add(CompileStatement(s));
        return new BlockNode(nodes.ToArray());
    }

    /// <summary>Compiles one statement, prepending the hidden yields its expressions needed.</summary>
    private StmtNode CompileStatement(Stmt s)
    {
        var saved = _pendingYields;
        _pendingYields = _scope.IsGenerator ? new List<StmtNode>() : null;
        var node = CompileStmt(s);
        node.Line = s.Line;
        var pending = _pendingYields;
        _pendingYields = saved;
        if (pending is { Count: > 0 })
        {
            pending.Add(node);
            return new BlockNode(pending.ToArray()) { Line = s.Line };
        }
        return node;
    }

    private int NewTemp()
    {
        var name = ".t" + _tempCounter++;
        _scope.LocalSlots.Add(name);
        _scope.Kinds[name] = NameKind.Local;
        return _scope.LocalSlots.Count - 1;
    }

    private PythonException SyntaxError(string message, Node node)
        => CompileErrors.SyntaxError(message, _source, node.Line, node.Column);

    // ---- names ------------------------------------------------------------------------------------

    private bool UsesSlots => _scope.Kind == ScopeKind.Function && !_scope.NeedsNameLocals;

    private ExprNode LoadName(string name)
    {
        name = M(name);
        var kind = _scope.KindOf(name);
        switch (kind)
        {
            case NameKind.Local when UsesSlots:
                return new LocalLoad(_scope.SlotOf(name), name);
            case NameKind.Cell:
                return new CellLoad(_scope.CellIndexOf(name), name, isFree: false);
            case NameKind.Free:
                return new CellLoad(_scope.CellIndexOf(name), name, isFree: true);
            case NameKind.Global:
                return new GlobalLoad(name, inFunction: _scope.Kind == ScopeKind.Function);
            default:
                return _scope.Kind == ScopeKind.Module ? new GlobalLoad(name, inFunction: false) : new NameLoad(name);
        }
    }

    private TargetNode StoreName(string name)
    {
        name = M(name);
        var kind = _scope.KindOf(name);
        switch (kind)
        {
            case NameKind.Local when UsesSlots:
                return new LocalTarget(_scope.SlotOf(name), name);
            case NameKind.Cell or NameKind.Free:
                return new CellTarget(_scope.CellIndexOf(name), name);
            case NameKind.Global:
                return new GlobalTarget(name, inFunction: _scope.Kind == ScopeKind.Function);
            default:
                return _scope.Kind == ScopeKind.Module ? new GlobalTarget(name, inFunction: false) : new NameTarget(name);
        }
    }

    private TargetNode CompileTarget(Expr e) => e switch
    {
        Name n => StoreName(n.Id),
        Ast.Attribute a => new AttrTarget(CompileExpr(a.Value), M(a.Attr)),
        Subscript { Index: SliceExpr { Step: null, HasStep: false } sl } s =>
            new SimpleSliceTarget(CompileExpr(s.Value), sl.Lower is null ? null : CompileExpr(sl.Lower), sl.Upper is null ? null : CompileExpr(sl.Upper)),
        Subscript s => new SubscriptTarget(CompileExpr(s.Value), CompileIndex(s.Index)),
        TupleExpr t => new UnpackTarget(t.Elements.Select(CompileTarget).ToArray()),
        ListExpr l => new UnpackTarget(l.Elements.Select(CompileTarget).ToArray()),
        _ => throw SyntaxError("can't assign to " + DescribeForError(e), e),
    };

    private static string DescribeForError(Expr e) => e switch
    {
        Call => "function call",
        BinOp or UnaryOp or BoolOp => "operator",
        Lambda => "lambda",
        Compare => "comparison",
        Yield => "yield expression",
        ListComp => "list comprehension",
        GeneratorExp => "generator expression",
        IfExp => "conditional expression",
        Repr => "repr",
        _ => "literal",
    };

    private int[] ClosureCellsFor(Scope inner)
        => inner.FreeNames.Select(n => _scope.CellIndexOf(n)).ToArray();
}
