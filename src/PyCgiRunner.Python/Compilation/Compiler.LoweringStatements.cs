using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;

namespace PyCgiRunner.Python.Compilation;

// Lowering (see Compiler.Lowering.cs) of a generator's statements whose own expressions contain a yield:
// the statement becomes a block that evaluates those expressions in CPython 2.7's order, then does its work.
public sealed partial class Compiler
{
    private StmtNode LowerStatement(Stmt s)
    {
        var savedLine = _loweringLine;
        _loweringLine = s.Line;
        try
        {
            var pre = new List<StmtNode>();
            LowerInto(s, pre);
            return Block(pre);
        }
        finally
        {
            _loweringLine = savedLine;
        }
    }

    private void LowerInto(Stmt s, List<StmtNode> pre)
    {
        switch (s)
        {
            case ExprStmt e:
                {
                    var value = Lower(e.Value, pre);
                    Emit(pre, new ExprStmtNode(value));
                    return;
                }
            case Assign a:
                {
                    var value = Lower(a.Value, pre);
                    if (!a.Targets.Any(_yields.In))
                    {
                        Emit(pre, new AssignNode(a.Targets.Select(CompileTarget).ToArray(), value));
                        return;
                    }
                    // The value first, then each target in turn, left to right.
                    value = Spill(value, pre);
                    foreach (var t in a.Targets) LowerStore(t, value, pre);
                    return;
                }
            case AugAssign a: LowerAugAssign(a, pre); return;
            case Print p: LowerPrint(p, pre); return;
            case If i:
                {
                    var test = Lower(i.Test, pre);
                    Emit(pre, new IfNode(test, CompileBlock(i.Body), OptionalBlock(i.OrElse)));
                    return;
                }
            case While w: LowerWhile(w, pre); return;
            case For f:
                {
                    var iterable = Lower(f.Iter, pre);
                    var body = new List<StmtNode>();
                    var target = LowerBoundTarget(f.Target, body);
                    body.Add(CompileBlock(f.Body));
                    Emit(pre, new ForNode(target, iterable, Block(body), OptionalBlock(f.OrElse)));
                    return;
                }
            case With w:
                {
                    var manager = Lower(w.ContextExpr, pre);
                    var body = new List<StmtNode>();
                    var target = w.OptionalVars is null ? null : LowerBoundTarget(w.OptionalVars, body);
                    body.Add(CompileBlock(w.Body));
                    Emit(pre, new WithNode(manager, target, Block(body)));
                    return;
                }
            case TryExcept t:
                Emit(pre, new TryExceptNode(CompileBlock(t.Body), t.Handlers.Select(LowerHandler).ToArray(), OptionalBlock(t.OrElse)));
                return;
            case Raise r:
                {
                    var parts = LowerOptional([r.Type, r.Inst, r.TraceBack], pre);
                    Emit(pre, new RaiseNode(parts[0], parts[1], parts[2]));
                    return;
                }
            case Assert a: LowerAssert(a, pre); return;
            case Delete d:
                foreach (var t in d.Targets) LowerDelete(t, pre);
                return;
            case Exec e:
                {
                    var parts = LowerOptional([e.Body, e.Globals, e.Locals], pre);
                    Emit(pre, new ExecNode(parts[0]!, parts[1], parts[2]));
                    return;
                }
            case Return r:
                Emit(pre, new ReturnNode(r.Value is null ? null : Lower(r.Value, pre)));
                return;
            case FunctionDef fd:
                {
                    // Decorators are evaluated before the defaults (compiler_function).
                    var parts = LowerAll([.. fd.Decorators, .. fd.Parameters.Defaults], pre);
                    var function = CompileFunction(fd, fd.Name, fd.Parameters, fd.Body, null, parts[fd.Decorators.Count..]);
                    Emit(pre, new DefineNode(parts[..fd.Decorators.Count], function, StoreName(fd.Name)));
                    return;
                }
            case ClassDef cd:
                {
                    var parts = LowerAll([.. cd.Decorators, .. cd.Bases], pre);
                    Emit(pre, new DefineNode(parts[..cd.Decorators.Count], CompileClass(cd, parts[cd.Decorators.Count..]), StoreName(cd.Name)));
                    return;
                }
        }
        throw new InvalidOperationException("no lowering for " + s.GetType().Name);
    }

    /// <summary>
    /// target op= value (reference §6.2.1): the target's container and key, then its current value, then the
    /// value, then the in-place operation and the store.
    /// </summary>
    private void LowerAugAssign(AugAssign a, List<StmtNode> pre)
    {
        var op = a.Op;
        switch (a.Target)
        {
            case Name n:
                {
                    var current = Spill(LoadName(n.Id), pre);
                    var value = Lower(a.Value, pre);
                    Emit(pre, new AssignNode([StoreName(n.Id)], new InPlaceNode(EffectiveOp(op), current, value)));
                    return;
                }
            case Ast.Attribute at:
                {
                    var obj = Spill(Lower(at.Value, pre), pre);
                    var current = Spill(new AttrLoad(obj, M(at.Attr)), pre);
                    var value = Lower(a.Value, pre);
                    Emit(pre, new AssignNode([new AttrTarget(obj, M(at.Attr))], new InPlaceNode(EffectiveOp(op), current, value)));
                    return;
                }
            case Subscript { Index: SliceExpr { Step: null, HasStep: false } sl } sub:
                {
                    var obj = Spill(Lower(sub.Value, pre), pre);
                    var lo = sl.Lower is null ? null : Spill(Lower(sl.Lower, pre), pre);
                    var hi = sl.Upper is null ? null : Spill(Lower(sl.Upper, pre), pre);
                    var current = Spill(new SimpleSliceLoad(obj, lo, hi), pre);
                    var value = Lower(a.Value, pre);
                    Emit(pre, new AssignNode([new SimpleSliceTarget(obj, lo, hi)], new InPlaceNode(EffectiveOp(op), current, value)));
                    return;
                }
            case Subscript sub:
                {
                    var obj = Spill(Lower(sub.Value, pre), pre);
                    var index = Spill(LowerIndex(sub.Index, pre), pre);
                    var current = Spill(new SubscriptLoad(obj, index), pre);
                    var value = Lower(a.Value, pre);
                    Emit(pre, new AssignNode([new SubscriptTarget(obj, index)], new InPlaceNode(EffectiveOp(op), current, value)));
                    return;
                }
        }
        throw SyntaxError("illegal expression for augmented assignment", a);
    }

    /// <summary>print [>>dest,] items: CPython prints each item before it evaluates the next.</summary>
    private void LowerPrint(Print p, List<StmtNode> pre)
    {
        var dest = p.Dest is null ? null : Spill(Lower(p.Dest, pre), pre);
        foreach (var item in p.Values)
        {
            var value = Lower(item, pre);
            Emit(pre, new PrintNode(dest, [value], newLine: false));
        }
        if (p.NewLine) Emit(pre, new PrintNode(dest, [], newLine: true));
    }

    /// <summary>
    /// while test: body else: orElse, with a yield in test: 'while True:' whose body starts with the test's
    /// statements and 'if not test: break' (a flag tells that break from one in the body, for the else clause).
    /// </summary>
    private void LowerWhile(While w, List<StmtNode> pre)
    {
        var loopBody = new List<StmtNode>();
        var test = Lower(w.Test, loopBody);
        var orElse = OptionalBlock(w.OrElse);
        var exhausted = orElse is null ? -1 : NewTemp();
        var exit = new List<StmtNode>();
        if (orElse is not null) Emit(exit, new LocalAssignNode(exhausted, True));
        Emit(exit, new BreakNode());
        Emit(loopBody, new IfNode(new NotNode(test), Block(exit), null));
        loopBody.Add(CompileBlock(w.Body));
        if (orElse is not null) Emit(pre, new LocalAssignNode(exhausted, False));
        Emit(pre, new WhileNode(True, Block(loopBody), null));
        if (orElse is not null) Emit(pre, new IfNode(Temp(exhausted), orElse, null));
    }

    /// <summary>assert test, message: the message is evaluated only when the test fails.</summary>
    private void LowerAssert(Assert a, List<StmtNode> pre)
    {
        var test = Lower(a.Test, pre);
        if (!_yields.In(a.Message))
        {
            Emit(pre, new AssertNode(test, a.Message is null ? null : CompileExpr(a.Message)));
            return;
        }
        var failed = new List<StmtNode>();
        var message = Lower(a.Message!, failed);
        Emit(failed, new AssertNode(False, message));
        Emit(pre, new IfNode(new NotNode(test), Block(failed), null));
    }

    /// <summary>An except clause whose type or target contains a yield.</summary>
    private ExceptClause LowerHandler(ExceptHandler h)
    {
        ExprNode? type = null;
        StmtNode? prelude = null;
        if (h.Type is not null)
        {
            var typePre = new List<StmtNode>();
            type = Lower(h.Type, typePre);
            if (typePre.Count > 0) prelude = Block(typePre);
        }
        var body = new List<StmtNode>();
        var target = h.Target is null ? null : LowerBoundTarget(h.Target, body);
        body.Add(CompileBlock(h.Body));
        return new ExceptClause(type, target, Block(body), h.Line, prelude);
    }

    private BinaryOperator EffectiveOp(BinaryOperator op)
        => op == BinaryOperator.Div && (_future & FutureFeatures.Division) != 0 ? BinaryOperator.TrueDiv : op;
}
