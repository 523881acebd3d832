using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

// Lowering (see Compiler.Lowering.cs) of the expressions that evaluate only some of their parts or build
// their result step by step: and/or, conditional expressions, comparison chains, calls, displays and
// comprehensions.
public sealed partial class Compiler
{
    /// <summary>a and b and c: t = a; if t: (t = b; if t: t = c). Each operand's truth is tested once.</summary>
    private ExprNode LowerBoolOp(BoolOp b, List<StmtNode> pre)
    {
        var slot = NewTemp();
        var first = Lower(b.Values[0], pre);
        Emit(pre, new LocalAssignNode(slot, first));
        LowerBoolRest(b, 1, slot, pre);
        return Temp(slot);
    }

    private void LowerBoolRest(BoolOp b, int i, int slot, List<StmtNode> pre)
    {
        if (i == b.Values.Count) return;
        var rest = b.Values.Skip(i).ToArray();
        if (!rest.Any(_yields.In))
        {
            ExprNode[] all = [Temp(slot), .. rest.Select(CompileExpr)];
            Emit(pre, new LocalAssignNode(slot, b.Op == BoolOperator.And ? new AndNode(all) : new OrNode(all)));
            return;
        }
        var taken = new List<StmtNode>();
        var value = Lower(b.Values[i], taken);
        Emit(taken, new LocalAssignNode(slot, value));
        LowerBoolRest(b, i + 1, slot, taken);
        ExprNode test = b.Op == BoolOperator.And ? Temp(slot) : new NotNode(Temp(slot));
        Emit(pre, new IfNode(test, Block(taken), null));
    }

    /// <summary>body if test else orElse: only the chosen branch runs.</summary>
    private ExprNode LowerIfExp(IfExp i, List<StmtNode> pre)
    {
        var test = Lower(i.Test, pre);
        if (!_yields.In(i.Body) && !_yields.In(i.OrElse)) return new IfExpNode(test, CompileExpr(i.Body), CompileExpr(i.OrElse));
        var slot = NewTemp();
        var body = new List<StmtNode>();
        var bodyValue = Lower(i.Body, body);
        Emit(body, new LocalAssignNode(slot, bodyValue));
        var orElse = new List<StmtNode>();
        var elseValue = Lower(i.OrElse, orElse);
        Emit(orElse, new LocalAssignNode(slot, elseValue));
        Emit(pre, new IfNode(test, Block(body), Block(orElse)));
        return Temp(slot);
    }

    /// <summary>a &lt; b &lt; c: each middle operand evaluated once; the chain stops at the first false link.</summary>
    private ExprNode LowerCompare(Compare c, List<StmtNode> pre)
    {
        var left = Lower(c.Left, pre);
        if (!c.Comparators.Any(_yields.In)) return CompareFrom(c, 0, left, CompileExpr(c.Comparators[0]));
        var result = NewTemp();
        LowerCompareLink(c, 0, Spill(left, pre), result, pre);
        return Temp(result);
    }

    private void LowerCompareLink(Compare c, int k, ExprNode left, int result, List<StmtNode> pre)
    {
        var right = Lower(c.Comparators[k], pre);
        if (!c.Comparators.Skip(k + 1).Any(_yields.In))
        {
            Emit(pre, new LocalAssignNode(result, CompareFrom(c, k, left, right)));
            return;
        }
        right = Spill(right, pre);
        Emit(pre, new LocalAssignNode(result, new CompareNode(c.Ops[k], left, right)));
        var next = new List<StmtNode>();
        LowerCompareLink(c, k + 1, right, result, next);
        Emit(pre, new IfNode(Temp(result), Block(next), null));
    }

    /// <summary>The links of c from the k-th on, given its two operands.</summary>
    private ExprNode CompareFrom(Compare c, int k, ExprNode left, ExprNode right)
    {
        if (k == c.Ops.Count - 1) return new CompareNode(c.Ops[k], left, right);
        ExprNode[] rest = [right, .. c.Comparators.Skip(k + 1).Select(CompileExpr)];
        return new ChainCompareNode(left, c.Ops.Skip(k).ToArray(), rest);
    }

    /// <summary>f(args, k=v, *a, **kw): the callable (a bound method for o.m), then the arguments in order.</summary>
    private ExprNode LowerCall(Call call, List<StmtNode> pre)
    {
        Expr?[] parts = [call.Func, .. call.Args, .. call.Keywords.Select(k => k.Value), call.StarArgs, call.KwArgs];
        var nodes = LowerOptional(parts, pre);
        var args = nodes[1..^2].Select(n => n!).ToArray();
        var kwNames = call.Keywords.Count == 0 ? null : call.Keywords.Select(k => k.Name).ToArray();
        if (call.StarArgs is not null || call.KwArgs is not null)
            return new StarCallNode(nodes[0]!, args, kwNames ?? [], nodes[^2], nodes[^1]);
        return new CallNode(nodes[0]!, args, kwNames);
    }

    /// <summary>{k: v, ...}: as CPython 2.7 builds it, each value, then its key, then the store.</summary>
    private ExprNode LowerDict(DictExpr d, List<StmtNode> pre)
    {
        var slot = NewTemp();
        Emit(pre, new LocalAssignNode(slot, new DictNode([], [])));
        for (var i = 0; i < d.Keys.Count; i++)
        {
            var parts = LowerAll([d.Values[i], d.Keys[i]], pre);
            Emit(pre, new AssignNode([new SubscriptTarget(Temp(slot), parts[1])], parts[0]));
        }
        return Temp(slot);
    }

    /// <summary>[elt for ...] with a yield inside: its loops run in the generator, appending to a new list.</summary>
    private ExprNode LowerListComp(ListComp lc, List<StmtNode> pre)
    {
        var slot = NewTemp();
        Emit(pre, new LocalAssignNode(slot, new ListNode([])));
        Emit(pre, ComprehensionLoop(lc.Generators, 0, null, body =>
        {
            var value = Lower(lc.Element, body);
            Emit(body, new ExprStmtNode(new MethodCallNode(Temp(slot), "append", [value], null)));
        }));
        return Temp(slot);
    }

    /// <summary>The body of a set or dict comprehension that is a generator (it contains a yield).</summary>
    private StmtNode LoweredSetOrDictComp(IReadOnlyList<Comprehension> gens, Expr element, Expr? value)
    {
        var slot = NewTemp();
        var body = new List<StmtNode>();
        Emit(body, new LocalAssignNode(slot, value is null ? new SetNode([]) : new DictNode([], [])));
        Emit(body, ComprehensionLoop(gens, 0, LoadName(".0"), inner =>
        {
            if (value is null)
            {
                var item = Lower(element, inner);
                Emit(inner, new ExprStmtNode(new MethodCallNode(Temp(slot), "add", [item], null)));
                return;
            }
            // Python 2.7's MAP_ADD order: the value, then the key.
            var parts = LowerAll([value, element], inner);
            Emit(inner, new AssignNode([new SubscriptTarget(Temp(slot), parts[1])], parts[0]));
        }));
        // CPython 2.7 still returns the built set or dict, and a generator that returns a value other than
        // None hands it out like a last yield (gen_send_ex).
        Emit(body, new YieldNode(Temp(slot), null));
        return Block(body);
    }

    /// <summary>
    /// The loops of a comprehension as statements: for each clause its loop (over firstIterable at level 0
    /// when given), then its conditions as nested ifs, and innermost the statements 'element' appends.
    /// </summary>
    private StmtNode ComprehensionLoop(IReadOnlyList<Comprehension> gens, int level, ExprNode? firstIterable, Action<List<StmtNode>> element)
    {
        var pre = new List<StmtNode>();
        var clause = gens[level];
        var iterable = level == 0 && firstIterable is not null ? firstIterable : Lower(clause.Iter, pre);
        var body = new List<StmtNode>();
        var target = LowerBoundTarget(clause.Target, body);
        body.Add(ComprehensionConditions(gens, level, 0, element));
        Emit(pre, new ForNode(target, iterable, Block(body), null));
        return Block(pre);
    }

    private StmtNode ComprehensionConditions(IReadOnlyList<Comprehension> gens, int level, int i, Action<List<StmtNode>> element)
    {
        var clause = gens[level];
        if (i == clause.Ifs.Count)
        {
            if (level + 1 < gens.Count) return ComprehensionLoop(gens, level + 1, null, element);
            var innermost = new List<StmtNode>();
            element(innermost);
            return Block(innermost);
        }
        var pre = new List<StmtNode>();
        var test = Lower(clause.Ifs[i], pre);
        Emit(pre, new IfNode(test, ComprehensionConditions(gens, level, i + 1, element), null));
        return Block(pre);
    }

    private static ExprNode True => new ConstNode(PyBool.True);
    private static ExprNode False => new ConstNode(PyBool.False);
}
