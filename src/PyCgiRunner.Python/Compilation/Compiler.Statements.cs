using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;

namespace PyCgiRunner.Python.Compilation;

public sealed partial class Compiler
{
    private StmtNode? OptionalBlock(IReadOnlyList<Stmt> body) => body.Count == 0 ? null : CompileBlock(body);

    private StmtNode CompileStmt(Stmt s)
    {
        switch (s)
        {
            case ExprStmt { Value: Yield y } when _scope.IsGenerator:
                return new YieldNode(y.Value is null ? null : CompileExpr(y.Value), null);
            case Assign { Value: Yield y } a when _scope.IsGenerator && a.Targets.Count == 1:
                {
                    var value = y.Value is null ? null : CompileExpr(y.Value);
                    return new YieldNode(value, CompileTarget(a.Targets[0]));
                }
            case ExprStmt e when _interactiveScope is not null && _scope == _interactiveScope:
                return new DisplayExprNode(CompileExpr(e.Value));
            case ExprStmt e:
                return new ExprStmtNode(CompileExpr(e.Value));
            case Assign a:
                {
                    var value = CompileExpr(a.Value);
                    if (a.Targets.Count == 1 && CompileTarget(a.Targets[0]) is LocalTarget local)
                        return new LocalAssignNode(local.Slot, value);
                    return new AssignNode(a.Targets.Select(CompileTarget).ToArray(), value);
                }
            case AugAssign a: return CompileAugAssign(a);
            case Print p:
                return new PrintNode(p.Dest is null ? null : CompileExpr(p.Dest), p.Values.Select(CompileExpr).ToArray(), p.NewLine);
            case If i:
                return new IfNode(CompileExpr(i.Test), CompileBlock(i.Body), OptionalBlock(i.OrElse));
            case While w:
                return new WhileNode(CompileExpr(w.Test), CompileBlock(w.Body), OptionalBlock(w.OrElse)) { Line = w.Line };
            case For f:
                {
                    var iter = CompileExpr(f.Iter);
                    return new ForNode(CompileTarget(f.Target), iter, CompileBlock(f.Body), OptionalBlock(f.OrElse)) { Line = f.Line };
                }
            case Pass: return new PassNode();
            case Break: return new BreakNode();
            case Continue: return new ContinueNode();
            case Return r: return new ReturnNode(r.Value is null ? null : CompileExpr(r.Value));
            case Delete d: return new DeleteNode(d.Targets.Select(CompileTarget).ToArray());
            case Global: return new PassNode();
            case Assert a:
                return new AssertNode(CompileExpr(a.Test), a.Message is null ? null : CompileExpr(a.Message));
            case Raise r:
                return new RaiseNode(
                    r.Type is null ? null : CompileExpr(r.Type),
                    r.Inst is null ? null : CompileExpr(r.Inst),
                    r.TraceBack is null ? null : CompileExpr(r.TraceBack));
            case TryExcept t:
                {
                    var body = CompileBlock(t.Body);
                    var handlers = t.Handlers.Select(h => new ExceptClause(
                        h.Type is null ? null : CompileExpr(h.Type),
                        h.Target is null ? null : CompileTarget(h.Target),
                        CompileBlock(h.Body), h.Line)).ToArray();
                    return new TryExceptNode(body, handlers, OptionalBlock(t.OrElse)) { Line = t.Line };
                }
            case TryFinally t:
                return new TryFinallyNode(CompileBlock(t.Body), CompileBlock(t.FinalBody));
            case With w:
                return new WithNode(CompileExpr(w.ContextExpr), w.OptionalVars is null ? null : CompileTarget(w.OptionalVars), CompileBlock(w.Body));
            case FunctionDef fd:
                return new DefineNode(fd.Decorators.Select(CompileExpr).ToArray(), CompileFunction(fd, fd.Name, fd.Parameters, fd.Body, null), StoreName(fd.Name));
            case ClassDef cd:
                return new DefineNode(cd.Decorators.Select(CompileExpr).ToArray(), CompileClass(cd), StoreName(cd.Name));
            case Import i: return CompileImport(i);
            case ImportFrom i:
                {
                    var star = i.Names.Count == 1 && i.Names[0].Name == "*";
                    var names = star ? [] : i.Names.Select(a => (a.Name, StoreName(a.AsName ?? a.Name))).ToArray();
                    var level = i.Level == 0 && (_future & FutureFeatures.AbsoluteImport) == 0 ? -1 : i.Level;
                    return new ImportFromNode(i.Module ?? "", level, names, star);
                }
            case Exec e:
                return new ExecNode(CompileExpr(e.Body), e.Globals is null ? null : CompileExpr(e.Globals), e.Locals is null ? null : CompileExpr(e.Locals));
        }
        throw SyntaxError("unsupported statement " + s.GetType().Name, s);
    }

    private StmtNode CompileImport(Import i)
    {
        var nodes = i.Names.Select(a =>
        {
            var bound = a.AsName ?? a.Name.Split('.')[0];
            return (StmtNode)new ImportNode(a.Name, a.AsName, StoreName(bound)) { Line = i.Line };
        }).ToArray();
        return nodes.Length == 1 ? nodes[0] : new BlockNode(nodes);
    }

    private StmtNode CompileAugAssign(AugAssign a)
    {
        var op = a.Op == BinaryOperator.Div && (_future & FutureFeatures.Division) != 0 ? BinaryOperator.TrueDiv : a.Op;
        var value = CompileExpr(a.Value);
        switch (a.Target)
        {
            case Name n:
                return new AugAssignNode(op, value, LoadName(n.Id), StoreName(n.Id));
            case Ast.Attribute at:
                return new AugAssignNode(op, value, CompileExpr(at.Value), null, M(at.Attr));
            case Subscript sub:
                return new AugAssignNode(op, value, CompileExpr(sub.Value), CompileIndex(sub.Index), null);
        }
        throw SyntaxError("illegal expression for augmented assignment", a);
    }
}
