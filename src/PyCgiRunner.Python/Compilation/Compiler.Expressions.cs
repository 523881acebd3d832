using System.Numerics;
using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Compilation.Nodes;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation;

public sealed partial class Compiler
{
    private ExprNode CompileExprRule(Expr e)
    {
        switch (e)
        {
            case Name n:
                return n.Id switch
                {
                    "None" => new ConstNode(PyNone.Instance),
                    _ => LoadName(n.Id),
                };
            case IntLiteral i: return new ConstNode(PyInt.Get(i.Value));
            case LongLiteral l: return new ConstNode(new PyLong(l.Value));
            case FloatLiteral f: return new ConstNode(new PyFloat(f.Value));
            case ImaginaryLiteral im: return new ConstNode(new PyComplex(0, im.Value));
            case StrLiteral s: return new ConstNode(PyStr.From(s.Value));
            case UnicodeLiteral u: return new ConstNode(new PyUnicode(u.Value));
            case TupleExpr t:
                {
                    var items = t.Elements.Select(CompileExpr).ToArray();
                    if (items.All(x => x is ConstNode)) return new ConstNode(PyTuple.Of(items.Select(x => ((ConstNode)x).Value).ToArray()));
                    return new TupleNode(items);
                }
            case ListExpr l: return new ListNode(l.Elements.Select(CompileExpr).ToArray());
            case SetExpr s: return new SetNode(s.Elements.Select(CompileExpr).ToArray());
            case DictExpr d: return new DictNode(d.Keys.Select(CompileExpr).ToArray(), d.Values.Select(CompileExpr).ToArray());
            case ListComp lc: return new ListCompNode(CompileExpr(lc.Element), lc.Generators.Select(CompileClause).ToArray());
            case GeneratorExp ge: return CompileGeneratorExp(ge, CompileExpr(ge.Generators[0].Iter));
            case SetComp sc: return CompileSetOrDictComp(sc, sc.Generators, sc.Element, null, CompileExpr(sc.Generators[0].Iter));
            case DictComp dc: return CompileSetOrDictComp(dc, dc.Generators, dc.Key, dc.Value, CompileExpr(dc.Generators[0].Iter));
            case BinOp b: return CompileBinOp(b);
            case UnaryOp u: return CompileUnary(u);
            case BoolOp b:
                {
                    var values = b.Values.Select(CompileExpr).ToArray();
                    return b.Op == BoolOperator.And ? new AndNode(values) : new OrNode(values);
                }
            case Compare c:
                if (c.Ops.Count == 1) return new CompareNode(c.Ops[0], CompileExpr(c.Left), CompileExpr(c.Comparators[0]));
                return new ChainCompareNode(CompileExpr(c.Left), c.Ops.ToArray(), c.Comparators.Select(CompileExpr).ToArray());
            case Call call: return CompileCall(call);
            case Ast.Attribute a: return new AttrLoad(CompileExpr(a.Value), M(a.Attr));
            case Subscript { Index: SliceExpr { Step: null, HasStep: false } sl } s:
                return new SimpleSliceLoad(CompileExpr(s.Value), sl.Lower is null ? null : CompileExpr(sl.Lower), sl.Upper is null ? null : CompileExpr(sl.Upper));
            case Subscript s: return new SubscriptLoad(CompileExpr(s.Value), CompileIndex(s.Index));
            case Lambda l: return CompileFunction(l, "<lambda>", l.Parameters, null, l.Body);
            case IfExp i: return new IfExpNode(CompileExpr(i.Test), CompileExpr(i.Body), CompileExpr(i.OrElse));
            case Repr r: return new ReprNode(CompileExpr(r.Value));
            case Yield y:
                // A generator's yields are lowered into statements before their expressions get here.
                if (!_scope.IsGenerator) throw SyntaxError("'yield' outside function", y);
                throw new InvalidOperationException($"yield at line {y.Line} was not lowered");
            case SliceExpr or EllipsisExpr: return CompileIndex(e);
        }
        throw SyntaxError("unsupported expression " + e.GetType().Name, e);
    }

    private ExprNode CompileIndex(Expr index) => index switch
    {
        SliceExpr s => new SliceNode(s.Lower is null ? null : CompileExpr(s.Lower), s.Upper is null ? null : CompileExpr(s.Upper), s.Step is null ? null : CompileExpr(s.Step)),
        EllipsisExpr => new ConstNode(PyEllipsis.Instance),
        TupleExpr t when t.Elements.Any(x => x is SliceExpr or EllipsisExpr) => new TupleNode(t.Elements.Select(CompileIndex).ToArray()),
        _ => CompileExpr(index),
    };

    private ExprNode CompileBinOp(BinOp b) => MakeBinOp(b.Op, CompileExpr(b.Left), CompileExpr(b.Right));

    private ExprNode MakeBinOp(BinaryOperator op, ExprNode left, ExprNode right)
    {
        if (op == BinaryOperator.Div && (_future & FutureFeatures.Division) != 0) op = BinaryOperator.TrueDiv;
        return op switch
        {
            BinaryOperator.Add => new AddNode(left, right),
            BinaryOperator.Sub => new SubNode(left, right),
            _ => new BinaryNode(op, left, right),
        };
    }

    private ExprNode CompileUnary(UnaryOp u)
    {
        // Constant folding of negative literals, as CPython's peephole optimizer does (-9223372036854775808 is an int).
        if (u.Op == UnaryOperator.USub)
        {
            switch (u.Operand)
            {
                case IntLiteral i: return new ConstNode(PyInt.FromBig(-(BigInteger)i.Value));
                case LongLiteral l when l.Value == (BigInteger)long.MaxValue + 1 && IsPlainIntText(u): return new ConstNode(PyInt.Get(long.MinValue));
                case LongLiteral l: return new ConstNode(new PyLong(-l.Value));
                case FloatLiteral f: return new ConstNode(new PyFloat(-f.Value));
            }
        }
        var operand = CompileExpr(u.Operand);
        return u.Op == UnaryOperator.Not ? new NotNode(operand) : new UnaryNode(u.Op, operand);
    }

    /// <summary>True when the literal was written without an L suffix (so -9223372036854775808 folds to int).</summary>
    private bool IsPlainIntText(UnaryOp u)
    {
        var line = _source.GetLine(u.Operand.Line) ?? "";
        var col = u.Operand.Column;
        var end = col;
        while (end < line.Length && char.IsLetterOrDigit(line[end])) end++;
        return end > col && line[end - 1] is not ('L' or 'l');
    }

    private ExprNode CompileCall(Call call)
    {
        var positional = call.Args.Select(CompileExpr);
        var keywordValues = call.Keywords.Select(k => CompileExpr(k.Value));
        var args = positional.Concat(keywordValues).ToArray();
        var kwNames = call.Keywords.Count == 0 ? null : call.Keywords.Select(k => k.Name).ToArray();
        if (call.StarArgs is not null || call.KwArgs is not null)
        {
            return new StarCallNode(CompileExpr(call.Func), args, kwNames ?? [],
                call.StarArgs is null ? null : CompileExpr(call.StarArgs),
                call.KwArgs is null ? null : CompileExpr(call.KwArgs));
        }
        if (call.Func is Ast.Attribute a)
            return new MethodCallNode(CompileExpr(a.Value), M(a.Attr), args, kwNames);
        return new CallNode(CompileExpr(call.Func), args, kwNames);
    }

    private ComprehensionClause CompileClause(Comprehension c)
        => new(CompileTarget(c.Target), CompileExpr(c.Iter), c.Ifs.Select(CompileExpr).ToArray());
}
