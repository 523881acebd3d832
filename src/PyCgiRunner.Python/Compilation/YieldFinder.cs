using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// Tells which expressions contain a yield of the scope they are evaluated in: it looks into everything
/// but nested scopes (lambda bodies; generator expressions and set/dict comprehensions past their first
/// iterable). List comprehensions run inline in Python 2, so their yields count. Answers are memoized per node.
/// </summary>
internal sealed class YieldFinder
{
    private readonly Dictionary<Expr, bool> _memo = new(ReferenceEqualityComparer.Instance);

    public bool In(Expr? e)
    {
        if (e is null) return false;
        if (_memo.TryGetValue(e, out var known)) return known;
        var found = Search(e);
        _memo[e] = found;
        return found;
    }

    private bool Any(IEnumerable<Expr> items)
    {
        foreach (var x in items) if (In(x)) return true;
        return false;
    }

    private bool Search(Expr e) => e switch
    {
        Yield => true,
        TupleExpr t => Any(t.Elements),
        ListExpr l => Any(l.Elements),
        SetExpr s => Any(s.Elements),
        DictExpr d => Any(d.Keys) || Any(d.Values),
        ListComp lc => In(lc.Element) || lc.Generators.Any(g => In(g.Target) || In(g.Iter) || Any(g.Ifs)),
        GeneratorExp ge => In(ge.Generators[0].Iter),
        SetComp sc => In(sc.Generators[0].Iter),
        DictComp dc => In(dc.Generators[0].Iter),
        BinOp b => In(b.Left) || In(b.Right),
        UnaryOp u => In(u.Operand),
        BoolOp b => Any(b.Values),
        Compare c => In(c.Left) || Any(c.Comparators),
        Call c => In(c.Func) || Any(c.Args) || c.Keywords.Any(k => In(k.Value)) || In(c.StarArgs) || In(c.KwArgs),
        Ast.Attribute a => In(a.Value),
        Subscript s => In(s.Value) || In(s.Index),
        SliceExpr s => In(s.Lower) || In(s.Upper) || In(s.Step),
        Lambda l => Any(l.Parameters.Defaults),
        IfExp i => In(i.Test) || In(i.Body) || In(i.OrElse),
        Repr r => In(r.Value),
        _ => false,
    };

    /// <summary>Whether the statement's own expressions (not those of the statements nested in it) contain a yield.</summary>
    public bool InOwnExpressions(Stmt s) => s switch
    {
        ExprStmt e => In(e.Value),
        Assign a => In(a.Value) || Any(a.Targets),
        AugAssign a => In(a.Target) || In(a.Value),
        Print p => In(p.Dest) || Any(p.Values),
        For f => In(f.Target) || In(f.Iter),
        While w => In(w.Test),
        If i => In(i.Test),
        With w => In(w.ContextExpr) || In(w.OptionalVars),
        Raise r => In(r.Type) || In(r.Inst) || In(r.TraceBack),
        TryExcept t => t.Handlers.Any(h => In(h.Type) || In(h.Target)),
        Assert a => In(a.Test) || In(a.Message),
        Delete d => Any(d.Targets),
        Exec e => In(e.Body) || In(e.Globals) || In(e.Locals),
        Return r => In(r.Value),
        FunctionDef fd => Any(fd.Decorators) || Any(fd.Parameters.Defaults),
        ClassDef cd => Any(cd.Decorators) || Any(cd.Bases),
        _ => false,
    };
}
