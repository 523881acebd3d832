using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Compilation;

/// <summary>
/// The name-binding pass (like CPython's symtable.c): collects what each scope binds and uses, then decides
/// for every name whether it is a slot local, a cell, a free variable, a global, or a namespace-dict name.
/// Scopes are keyed by the AST node that opens them (module, def, lambda, class, genexp, set/dict comp).
/// </summary>
public sealed class ScopeAnalyzer
{
    private readonly Dictionary<object, Scope> _scopes = new(ReferenceEqualityComparer.Instance);
    private Scope _current = null!;
    private string? _className;

    public static (Scope root, IReadOnlyDictionary<object, Scope> scopes) Analyze(ModuleNode module, ScopeKind rootKind = ScopeKind.Module)
    {
        var a = new ScopeAnalyzer();
        var root = new Scope(rootKind, null, "<module>");
        a._scopes[module] = root;
        a._current = root;
        a.VisitBody(module.Body);
        Resolve(root);
        return (root, a._scopes);
    }

    private void Open(object node, ScopeKind kind, string name, Action body)
    {
        var scope = new Scope(kind, _current, name);
        _scopes[node] = scope;
        var saved = _current;
        _current = scope;
        body();
        _current = saved;
    }

    private void Bind(string name) => _current.Bound.Add(NameMangling.Mangle(_className, name));
    private void Use(string name) => _current.Used.Add(NameMangling.Mangle(_className, name));

    private void VisitBody(IEnumerable<Stmt> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    private void VisitStmt(Stmt s)
    {
        Compiler.CheckCompileStack();
        switch (s)
        {
            case FunctionDef f:
                foreach (var d in f.Decorators) VisitExpr(d);
                foreach (var d in f.Parameters.Defaults) VisitExpr(d);
                Bind(f.Name);
                Open(f, ScopeKind.Function, f.Name, () => { BindParameters(f.Parameters); VisitBody(f.Body); });
                break;
            case ClassDef c:
                foreach (var d in c.Decorators) VisitExpr(d);
                foreach (var b in c.Bases) VisitExpr(b);
                Bind(c.Name);
                var outerClass = _className;
                _className = c.Name;
                Open(c, ScopeKind.Class, c.Name, () => VisitBody(c.Body));
                _className = outerClass;
                break;
            case Return r: if (r.Value is not null) VisitExpr(r.Value); break;
            case Delete d: foreach (var t in d.Targets) VisitTarget(t); break;
            case Assign a: VisitExpr(a.Value); foreach (var t in a.Targets) VisitTarget(t); break;
            case AugAssign a:
                VisitExpr(a.Value);
                if (a.Target is Name n) { Use(n.Id); Bind(n.Id); } else VisitExpr(a.Target);
                break;
            case Print p:
                if (p.Dest is not null) VisitExpr(p.Dest);
                foreach (var v in p.Values) VisitExpr(v);
                break;
            case For f:
                VisitExpr(f.Iter); VisitTarget(f.Target); VisitBody(f.Body); VisitBody(f.OrElse);
                break;
            case While w: VisitExpr(w.Test); VisitBody(w.Body); VisitBody(w.OrElse); break;
            case If i: VisitExpr(i.Test); VisitBody(i.Body); VisitBody(i.OrElse); break;
            case With w:
                VisitExpr(w.ContextExpr);
                if (w.OptionalVars is not null) VisitTarget(w.OptionalVars);
                VisitBody(w.Body);
                break;
            case Raise r:
                if (r.Type is not null) VisitExpr(r.Type);
                if (r.Inst is not null) VisitExpr(r.Inst);
                if (r.TraceBack is not null) VisitExpr(r.TraceBack);
                break;
            case TryExcept t:
                VisitBody(t.Body);
                foreach (var h in t.Handlers)
                {
                    if (h.Type is not null) VisitExpr(h.Type);
                    if (h.Target is not null) VisitTarget(h.Target);
                    VisitBody(h.Body);
                }
                VisitBody(t.OrElse);
                break;
            case TryFinally t: VisitBody(t.Body); VisitBody(t.FinalBody); break;
            case Assert a: VisitExpr(a.Test); if (a.Message is not null) VisitExpr(a.Message); break;
            case Import i:
                foreach (var alias in i.Names) Bind(alias.AsName ?? alias.Name.Split('.')[0]);
                break;
            case ImportFrom i:
                foreach (var alias in i.Names)
                {
                    if (alias.Name == "*") { if (_current.Kind == ScopeKind.Function) _current.NeedsNameLocals = true; }
                    else Bind(alias.AsName ?? alias.Name);
                }
                break;
            case Exec e:
                VisitExpr(e.Body);
                if (e.Globals is not null) VisitExpr(e.Globals);
                if (e.Locals is not null) VisitExpr(e.Locals);
                if (e.Globals is null && _current.Kind == ScopeKind.Function) _current.NeedsNameLocals = true;
                break;
            case Global g: foreach (var gn in g.Names) _current.DeclaredGlobal.Add(NameMangling.Mangle(_className, gn)); break;
            case ExprStmt e: VisitExpr(e.Value); break;
        }
    }

    private void BindParameters(Parameters p)
    {
        for (var i = 0; i < p.Args.Count; i++)
        {
            if (p.Args[i] is Name n) { _current.Parameters.Add(NameMangling.Mangle(_className, n.Id)); Bind(n.Id); }
            else
            {
                var hidden = "." + (i * 2);
                _current.Parameters.Add(hidden);
                Bind(hidden);
                VisitTarget(p.Args[i]);
            }
        }
        if (p.VarArg is not null) { _current.Parameters.Add(NameMangling.Mangle(_className, p.VarArg)); Bind(p.VarArg); }
        if (p.KwArg is not null) { _current.Parameters.Add(NameMangling.Mangle(_className, p.KwArg)); Bind(p.KwArg); }
    }

    private void VisitTarget(Expr t)
    {
        switch (t)
        {
            case Name n: Bind(n.Id); break;
            case TupleExpr tu: foreach (var e in tu.Elements) VisitTarget(e); break;
            case ListExpr l: foreach (var e in l.Elements) VisitTarget(e); break;
            default: VisitExpr(t); break;
        }
    }

    private void VisitExpr(Expr e)
    {
        Compiler.CheckCompileStack();
        switch (e)
        {
            case Name n: Use(n.Id); break;
            case TupleExpr t: foreach (var x in t.Elements) VisitExpr(x); break;
            case ListExpr l: foreach (var x in l.Elements) VisitExpr(x); break;
            case SetExpr s: foreach (var x in s.Elements) VisitExpr(x); break;
            case DictExpr d:
                for (var i = 0; i < d.Keys.Count; i++) { VisitExpr(d.Keys[i]); VisitExpr(d.Values[i]); }
                break;
            case ListComp lc:
                // Python 2: list comprehension variables belong to the enclosing scope.
                foreach (var g in lc.Generators)
                {
                    VisitExpr(g.Iter); VisitTarget(g.Target);
                    foreach (var c in g.Ifs) VisitExpr(c);
                }
                VisitExpr(lc.Element);
                break;
            case GeneratorExp ge: VisitComprehensionScope(ge, ge.Generators, () => VisitExpr(ge.Element), "<genexpr>", isGenerator: true); break;
            case SetComp sc: VisitComprehensionScope(sc, sc.Generators, () => VisitExpr(sc.Element), "<setcomp>", false); break;
            case DictComp dc: VisitComprehensionScope(dc, dc.Generators, () => { VisitExpr(dc.Key); VisitExpr(dc.Value); }, "<dictcomp>", false); break;
            case BinOp b: VisitExpr(b.Left); VisitExpr(b.Right); break;
            case UnaryOp u: VisitExpr(u.Operand); break;
            case BoolOp b: foreach (var x in b.Values) VisitExpr(x); break;
            case Compare c: VisitExpr(c.Left); foreach (var x in c.Comparators) VisitExpr(x); break;
            case Call c:
                VisitExpr(c.Func);
                foreach (var a in c.Args) VisitExpr(a);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                if (c.StarArgs is not null) VisitExpr(c.StarArgs);
                if (c.KwArgs is not null) VisitExpr(c.KwArgs);
                break;
            case Ast.Attribute a: VisitExpr(a.Value); break;
            case Subscript s: VisitExpr(s.Value); VisitExpr(s.Index); break;
            case SliceExpr s:
                if (s.Lower is not null) VisitExpr(s.Lower);
                if (s.Upper is not null) VisitExpr(s.Upper);
                if (s.Step is not null) VisitExpr(s.Step);
                break;
            case Lambda l:
                foreach (var d in l.Parameters.Defaults) VisitExpr(d);
                Open(l, ScopeKind.Function, "<lambda>", () => { BindParameters(l.Parameters); VisitExpr(l.Body); });
                break;
            case IfExp i: VisitExpr(i.Test); VisitExpr(i.Body); VisitExpr(i.OrElse); break;
            case Yield y:
                _current.IsGenerator = true;
                if (y.Value is not null) VisitExpr(y.Value);
                break;
            case Repr r: VisitExpr(r.Value); break;
        }
    }

    /// <summary>
    /// Generator expressions and set/dict comprehensions are implicit functions whose single parameter is
    /// the first iterable, evaluated in the enclosing scope.
    /// </summary>
    private void VisitComprehensionScope(Expr node, IReadOnlyList<Comprehension> gens, Action element, string name, bool isGenerator)
    {
        VisitExpr(gens[0].Iter);
        Open(node, ScopeKind.Function, name, () =>
        {
            _current.IsGenerator = isGenerator;
            _current.Parameters.Add(".0");
            Bind(".0");
            for (var i = 0; i < gens.Count; i++)
            {
                if (i > 0) VisitExpr(gens[i].Iter);
                VisitTarget(gens[i].Target);
                foreach (var c in gens[i].Ifs) VisitExpr(c);
            }
            element();
        });
    }

    // ---- resolution -------------------------------------------------------------------------------

    private static void Resolve(Scope scope)
    {
        if (scope.Kind == ScopeKind.Function)
        {
            foreach (var p in scope.Parameters) AddSlot(scope, p);
            foreach (var name in scope.Bound)
            {
                if (scope.DeclaredGlobal.Contains(name)) scope.Kinds[name] = NameKind.Global;
                else if (scope.NeedsNameLocals) scope.Kinds[name] = NameKind.Name;
                else { scope.Kinds[name] = NameKind.Local; AddSlot(scope, name); }
            }
            foreach (var name in scope.DeclaredGlobal) scope.Kinds[name] = NameKind.Global;
        }
        else
        {
            foreach (var name in scope.Bound)
                scope.Kinds[name] = scope.DeclaredGlobal.Contains(name) ? NameKind.Global : NameKind.Name;
            foreach (var name in scope.DeclaredGlobal) scope.Kinds[name] = NameKind.Global;
        }
        foreach (var child in scope.Children) Resolve(child);
        // Names used here but not bound: free if an enclosing function binds them.
        foreach (var name in scope.Used.Concat(ChildFree(scope)).ToList())
        {
            if (scope.Kinds.ContainsKey(name)) continue;
            if (FindEnclosingBinding(scope, name)) MakeFree(scope, name);
            else scope.Kinds[name] = scope.Kind == ScopeKind.Function && !scope.NeedsNameLocals ? NameKind.Global : NameKind.Name;
        }
    }

    private static IEnumerable<string> ChildFree(Scope scope) => scope.Children.SelectMany(c => c.FreeNames);

    private static void AddSlot(Scope scope, string name)
    {
        if (!scope.LocalSlots.Contains(name)) scope.LocalSlots.Add(name);
    }

    private static bool FindEnclosingBinding(Scope scope, string name)
    {
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class) continue;
            if (s.Kind == ScopeKind.Module) return false;
            if (s.DeclaredGlobal.Contains(name)) return false;
            if (s.Bound.Contains(name)) return !s.NeedsNameLocals;
        }
        return false;
    }

    /// <summary>Marks name free in scope and every scope up to the binding function, which gets a cell.</summary>
    private static void MakeFree(Scope scope, string name)
    {
        scope.Kinds[name] = NameKind.Free;
        if (!scope.FreeNames.Contains(name)) scope.FreeNames.Add(name);
        for (var s = scope.Parent; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                // A class between the user and the binder passes the variable through its own closure.
                if (!s.FreeNames.Contains(name)) s.FreeNames.Add(name);
                if (!s.Kinds.ContainsKey(name)) s.Kinds[name] = NameKind.Free;
                continue;
            }
            if (s.Bound.Contains(name) && !s.DeclaredGlobal.Contains(name))
            {
                s.Kinds[name] = NameKind.Cell;
                if (!s.CellNames.Contains(name)) s.CellNames.Add(name);
                return;
            }
            s.Kinds[name] = NameKind.Free;
            if (!s.FreeNames.Contains(name)) s.FreeNames.Add(name);
        }
    }
}
