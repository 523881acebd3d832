using PyCgiRunner.Python.Ast;
using Attribute = PyCgiRunner.Python.Ast.Attribute;

namespace PyCgiRunner.Python.Parsing;

internal sealed partial class Parser
{
    /// <summary>
    /// ast.c set_context: only names, attributes, subscripts and (nested) tuples/lists of them can be
    /// assigned or deleted; anything else is "can't assign to X" / "can't delete X", reported at the
    /// line of the whole target.
    /// </summary>
    private void CheckTarget(Expr target, TargetUse use) => CheckTarget(target, use, target);

    private void CheckTarget(Expr e, TargetUse use, Expr whole)
    {
        string? what;
        switch (e)
        {
            case Name n:
                if (use == TargetUse.Assign) CheckForbiddenName(n.Id, whole.Line, whole.Column);
                return;
            case Attribute a:
                if (use == TargetUse.Assign) CheckForbiddenName(a.Attr, whole.Line, whole.Column);
                return;
            case Subscript:
                return;
            case TupleExpr t:
                if (t.Elements.Count == 0) { what = "()"; break; }
                foreach (Expr item in t.Elements) CheckTarget(item, use, whole);
                return;
            case ListExpr l:
                foreach (Expr item in l.Elements) CheckTarget(item, use, whole);
                return;
            default:
                what = TargetDescription(e);
                break;
        }
        Defer(AstPhase, $"can't {(use == TargetUse.Delete ? "delete" : "assign to")} {what}", whole.Line, whole.Column);
    }

    private static string TargetDescription(Expr e) => e switch
    {
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "operator",
        GeneratorExp => "generator expression",
        Yield => "yield expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Compare => "comparison",
        Repr => "repr",
        IfExp => "conditional expression",
        _ => "literal",
    };

    //expr_stmt augassign: ast.c runs set_context first ("can't assign to ..."), then accepts only a name,
    //attribute or subscript (at the same position, so the first error found stays).
    private void CheckAugTarget(Expr target)
    {
        CheckTarget(target, TargetUse.Assign);
        if (target is not (Name or Attribute or Subscript))
            Defer(AstPhase, "illegal expression for augmented assignment", target.Line, target.Column);
    }

    // ast.c forbidden_check: None and __debug__ cannot be bound.
    private void CheckForbiddenName(string name, int line, int column)
    {
        if (name is "None" or "__debug__") Defer(AstPhase, $"cannot assign to {name}", line, column);
    }
}
