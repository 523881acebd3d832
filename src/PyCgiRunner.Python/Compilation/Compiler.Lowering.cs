using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;

namespace PyCgiRunner.Python.Compilation;

// Lowering of a generator's expressions that contain a yield. Only statements suspend, so such an expression
// becomes statements, appended to a list ('pre'), that evaluate its parts in CPython 2.7's order into hidden
// temporary slots, with each yield as a YieldNode; the node returned then computes the value from them. An
// operand evaluated before a later yield is spilled into a temporary, because CPython has it on its value
// stack by then (a name rebound meanwhile must not change it). Short-circuit operators, conditional
// expressions and comparison chains become if-statements, so a yield in a part that is not evaluated never
// runs. Expressions without a yield compile as usual.
public sealed partial class Compiler
{
    private const string TempName = ".t";

    /// <summary>The line given to the statements a lowering creates (that of the statement being lowered).</summary>
    private int _loweringLine;

    private bool NeedsLowering(Stmt s)
    {
        if (!_yields.InOwnExpressions(s)) return false;
        return s switch
        {
            ExprStmt { Value: Yield y } => _yields.In(y.Value),
            Assign { Targets.Count: 1, Value: Yield y } a => _yields.In(y.Value) || _yields.In(a.Targets[0]),
            _ => true,
        };
    }

    private void Emit(List<StmtNode> pre, StmtNode s)
    {
        s.Line = _loweringLine;
        pre.Add(s);
    }

    private StmtNode Block(List<StmtNode> statements)
        => statements.Count == 1 ? statements[0] : new BlockNode(statements.ToArray()) { Line = _loweringLine };

    private static ExprNode Temp(int slot) => new LocalLoad(slot, TempName);

    /// <summary>Evaluates node now into a temporary (constants need none) and returns a read of it.</summary>
    private ExprNode Spill(ExprNode node, List<StmtNode> pre)
    {
        if (node is ConstNode) return node;
        var slot = NewTemp();
        Emit(pre, new LocalAssignNode(slot, node));
        return Temp(slot);
    }

    /// <summary>Compiles e; when it contains a yield, its evaluation up to the last yield goes into pre.</summary>
    private ExprNode Lower(Expr e, List<StmtNode> pre)
    {
        if (!_yields.In(e)) return CompileExpr(e);
        switch (e)
        {
            case Yield y:
                {
                    var value = y.Value is null ? null : Lower(y.Value, pre);
                    var slot = NewTemp();
                    Emit(pre, new YieldNode(value, new LocalTarget(slot, TempName)));
                    return Temp(slot);
                }
            case TupleExpr t: return new TupleNode(LowerAll(t.Elements, pre));
            case ListExpr l: return new ListNode(LowerAll(l.Elements, pre));
            case SetExpr s: return new SetNode(LowerAll(s.Elements, pre));
            case DictExpr d: return LowerDict(d, pre);
            case ListComp lc: return LowerListComp(lc, pre);
            case GeneratorExp ge: return CompileGeneratorExp(ge, Lower(ge.Generators[0].Iter, pre));
            case SetComp sc: return CompileSetOrDictComp(sc, sc.Generators, sc.Element, null, Lower(sc.Generators[0].Iter, pre));
            case DictComp dc: return CompileSetOrDictComp(dc, dc.Generators, dc.Key, dc.Value, Lower(dc.Generators[0].Iter, pre));
            case BinOp b:
                {
                    var operands = LowerAll([b.Left, b.Right], pre);
                    return MakeBinOp(b.Op, operands[0], operands[1]);
                }
            case UnaryOp u:
                {
                    var operand = Lower(u.Operand, pre);
                    return u.Op == UnaryOperator.Not ? new NotNode(operand) : new UnaryNode(u.Op, operand);
                }
            case BoolOp b: return LowerBoolOp(b, pre);
            case Compare c: return LowerCompare(c, pre);
            case Call c: return LowerCall(c, pre);
            case Ast.Attribute a: return new AttrLoad(Lower(a.Value, pre), M(a.Attr));
            case Subscript s: return LowerSubscript(s, pre);
            case Lambda l: return CompileFunction(l, "<lambda>", l.Parameters, null, l.Body, LowerAll(l.Parameters.Defaults, pre));
            case IfExp i: return LowerIfExp(i, pre);
            case Repr r: return new ReprNode(Lower(r.Value, pre));
        }
        throw new InvalidOperationException("no lowering for " + e.GetType().Name);
    }

    /// <summary>Operands evaluated left to right: those before the last one with a yield are spilled.</summary>
    private ExprNode[] LowerAll(IReadOnlyList<Expr> items, List<StmtNode> pre, Func<Expr, List<StmtNode>, ExprNode>? lower = null)
        => LowerOptional(items.ToArray(), pre, lower).Select(n => n!).ToArray();

    /// <summary>LowerAll for operands that may be absent (a slice's bounds, raise's parts).</summary>
    private ExprNode?[] LowerOptional(Expr?[] items, List<StmtNode> pre, Func<Expr, List<StmtNode>, ExprNode>? lower = null)
    {
        lower ??= Lower;
        var last = Array.FindLastIndex(items, x => _yields.In(x));
        var nodes = new ExprNode?[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i] is not { } item) continue;
            // Parts after the last yield add nothing to pre: they are evaluated where the node is.
            nodes[i] = i < last ? Spill(lower(item, pre), pre) : lower(item, pre);
        }
        return nodes;
    }

    private ExprNode LowerSubscript(Subscript s, List<StmtNode> pre)
    {
        if (s.Index is SliceExpr { Step: null, HasStep: false } sl)
        {
            var parts = LowerOptional([s.Value, sl.Lower, sl.Upper], pre);
            return new SimpleSliceLoad(parts[0]!, parts[1], parts[2]);
        }
        var value = Lower(s.Value, pre);
        if (!_yields.In(s.Index)) return new SubscriptLoad(value, CompileIndex(s.Index));
        return new SubscriptLoad(Spill(value, pre), LowerIndex(s.Index, pre));
    }

    /// <summary>A subscript's index: an expression, a slice or an extended slice (a tuple of them).</summary>
    private ExprNode LowerIndex(Expr index, List<StmtNode> pre)
    {
        if (!_yields.In(index)) return CompileIndex(index);
        switch (index)
        {
            case SliceExpr s:
                {
                    var parts = LowerOptional([s.Lower, s.Upper, s.Step], pre);
                    return new SliceNode(parts[0], parts[1], parts[2]);
                }
            case TupleExpr t when t.Elements.Any(x => x is SliceExpr or EllipsisExpr):
                return new TupleNode(LowerAll(t.Elements, pre, LowerIndex));
        }
        return Lower(index, pre);
    }

    // ---- assignment targets -----------------------------------------------------------------------

    /// <summary>A single (non-unpacking) target whose subexpressions are evaluated into pre.</summary>
    private TargetNode LowerTarget(Expr target, List<StmtNode> pre)
    {
        if (!_yields.In(target)) return CompileTarget(target);
        switch (target)
        {
            case Ast.Attribute a:
                return new AttrTarget(Lower(a.Value, pre), M(a.Attr));
            case Subscript { Index: SliceExpr { Step: null, HasStep: false } sl } s:
                {
                    var parts = LowerOptional([s.Value, sl.Lower, sl.Upper], pre);
                    return new SimpleSliceTarget(parts[0]!, parts[1], parts[2]);
                }
            case Subscript s:
                {
                    var obj = Lower(s.Value, pre);
                    if (!_yields.In(s.Index)) return new SubscriptTarget(obj, CompileIndex(s.Index));
                    return new SubscriptTarget(Spill(obj, pre), LowerIndex(s.Index, pre));
                }
        }
        throw new InvalidOperationException("no lowering for target " + target.GetType().Name);
    }

    /// <summary>
    /// Stores an already evaluated value into target: an unpacking first splits the value, then each part's
    /// target is evaluated and stored in turn (UNPACK_SEQUENCE, then the stores).
    /// </summary>
    private void LowerStore(Expr target, ExprNode value, List<StmtNode> pre)
    {
        if (!_yields.In(target))
        {
            Emit(pre, new AssignNode([CompileTarget(target)], value));
            return;
        }
        if (target is TupleExpr or ListExpr)
        {
            var elements = target is TupleExpr t ? t.Elements : ((ListExpr)target).Elements;
            var slots = elements.Select(_ => NewTemp()).ToArray();
            Emit(pre, new AssignNode([new UnpackTarget(slots.Select(x => (TargetNode)new LocalTarget(x, TempName)).ToArray())], value));
            for (var i = 0; i < elements.Count; i++) LowerStore(elements[i], Temp(slots[i]), pre);
            return;
        }
        var single = LowerTarget(target, pre);
        Emit(pre, new AssignNode([single], value));
    }

    /// <summary>A for-loop or except target with a yield: the loop stores into a temporary, the body stores on.</summary>
    private TargetNode LowerBoundTarget(Expr target, List<StmtNode> bodyPrefix)
    {
        if (!_yields.In(target)) return CompileTarget(target);
        var slot = NewTemp();
        LowerStore(target, Temp(slot), bodyPrefix);
        return new LocalTarget(slot, TempName);
    }

    private void LowerDelete(Expr target, List<StmtNode> pre)
    {
        if (!_yields.In(target))
        {
            Emit(pre, new DeleteNode([CompileTarget(target)]));
            return;
        }
        if (target is TupleExpr or ListExpr)
        {
            foreach (var element in target is TupleExpr t ? t.Elements : ((ListExpr)target).Elements) LowerDelete(element, pre);
            return;
        }
        var single = LowerTarget(target, pre);
        Emit(pre, new DeleteNode([single]));
    }
}
