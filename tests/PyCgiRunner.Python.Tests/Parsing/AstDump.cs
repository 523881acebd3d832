using System.Globalization;
using System.Text;
using PyCgiRunner.Python.Ast;
using Assert = PyCgiRunner.Python.Ast.Assert;
using Attribute = PyCgiRunner.Python.Ast.Attribute;

namespace PyCgiRunner.Python.Tests.Parsing;

/// <summary>
/// A compact, canonical text form of a syntax tree with positions (Type@line:col(children)), used to compare
/// trees in tests and against CPython's ast module (tools/ast_dump.py writes the same form).
/// </summary>
internal static class AstDump
{
    public static string Dump(ModuleNode m) => string.Join("\n", m.Body.Select(Dump));

    public static string Dump(Node? n) => n switch
    {
        null => "-",
        FunctionDef s => N(s, "FunctionDef", s.Name, P(s.Parameters), L(s.Body), L(s.Decorators)),
        ClassDef s => N(s, "ClassDef", s.Name, L(s.Bases), L(s.Body), L(s.Decorators)),
        Return s => N(s, "Return", Dump(s.Value)),
        Delete s => N(s, "Delete", L(s.Targets)),
        Assign s => N(s, "Assign", L(s.Targets), Dump(s.Value)),
        AugAssign s => N(s, "AugAssign", Dump(s.Target), s.Op.ToString(), Dump(s.Value)),
        Print s => N(s, "Print", Dump(s.Dest), L(s.Values), s.NewLine ? "1" : "0"),
        For s => N(s, "For", Dump(s.Target), Dump(s.Iter), L(s.Body), L(s.OrElse)),
        While s => N(s, "While", Dump(s.Test), L(s.Body), L(s.OrElse)),
        If s => N(s, "If", Dump(s.Test), L(s.Body), L(s.OrElse)),
        With s => N(s, "With", Dump(s.ContextExpr), Dump(s.OptionalVars), L(s.Body)),
        Raise s => N(s, "Raise", Dump(s.Type), Dump(s.Inst), Dump(s.TraceBack)),
        TryExcept s => N(s, "TryExcept", L(s.Body),
            "[" + string.Join(",", s.Handlers.Select(h => $"Handler@{h.Line}:{h.Column}({Dump(h.Type)},{Dump(h.Target)},{L(h.Body)})")) + "]",
            L(s.OrElse)),
        TryFinally s => N(s, "TryFinally", L(s.Body), L(s.FinalBody)),
        Assert s => N(s, "Assert", Dump(s.Test), Dump(s.Message)),
        Import s => N(s, "Import", Aliases(s.Names)),
        ImportFrom s => N(s, "ImportFrom", s.Module ?? "-", Aliases(s.Names), s.Level.ToString(CultureInfo.InvariantCulture)),
        Exec s => N(s, "Exec", Dump(s.Body), Dump(s.Globals), Dump(s.Locals)),
        Global s => N(s, "Global", string.Join(",", s.Names)),
        ExprStmt s => N(s, "Expr", Dump(s.Value)),
        Pass s => N(s, "Pass"),
        Break s => N(s, "Break"),
        Continue s => N(s, "Continue"),

        Name e => N(e, "Name", e.Id),
        IntLiteral e => N(e, "Int", e.Value.ToString(CultureInfo.InvariantCulture)),
        LongLiteral e => N(e, "Long", e.Value.ToString(CultureInfo.InvariantCulture)),
        FloatLiteral e => N(e, "Float", Bits(e.Value)),
        ImaginaryLiteral e => N(e, "Imag", Bits(e.Value)),
        StrLiteral e => N(e, "Str", Chars(e.Value)),
        UnicodeLiteral e => N(e, "Unicode", Chars(e.Value)),
        TupleExpr e => N(e, "Tuple", L(e.Elements)),
        ListExpr e => N(e, "List", L(e.Elements)),
        DictExpr e => N(e, "Dict", L(e.Keys), L(e.Values)),
        SetExpr e => N(e, "Set", L(e.Elements)),
        ListComp e => N(e, "ListComp", Dump(e.Element), Comps(e.Generators)),
        GeneratorExp e => N(e, "GeneratorExp", Dump(e.Element), Comps(e.Generators)),
        SetComp e => N(e, "SetComp", Dump(e.Element), Comps(e.Generators)),
        DictComp e => N(e, "DictComp", Dump(e.Key), Dump(e.Value), Comps(e.Generators)),
        BinOp e => N(e, "BinOp", Dump(e.Left), e.Op.ToString(), Dump(e.Right)),
        UnaryOp e => N(e, "UnaryOp", e.Op.ToString(), Dump(e.Operand)),
        BoolOp e => N(e, "BoolOp", e.Op.ToString(), L(e.Values)),
        Compare e => N(e, "Compare", Dump(e.Left), string.Join(",", e.Ops), L(e.Comparators)),
        Call e => N(e, "Call", Dump(e.Func), L(e.Args),
            "[" + string.Join(",", e.Keywords.Select(k => $"{k.Name}={Dump(k.Value)}")) + "]", Dump(e.StarArgs), Dump(e.KwArgs)),
        Attribute e => N(e, "Attribute", Dump(e.Value), e.Attr),
        Subscript e => N(e, "Subscript", Dump(e.Value), e.Index is TupleExpr t ? "Tuple(" + L(t.Elements) + ")" : Dump(e.Index)),
        SliceExpr e => $"Slice({Dump(e.Lower)},{Dump(e.Upper)},{Dump(e.Step)},{(e.HasStep ? 1 : 0)})",
        EllipsisExpr => "Ellipsis",
        Lambda e => N(e, "Lambda", P(e.Parameters), Dump(e.Body)),
        IfExp e => N(e, "IfExp", Dump(e.Test), Dump(e.Body), Dump(e.OrElse)),
        Yield e => N(e, "Yield", Dump(e.Value)),
        Repr e => N(e, "Repr", Dump(e.Value)),
        _ => throw new ArgumentException("unknown node " + n.GetType().Name),
    };

    private static string N(Node n, string type, params string[] parts) => $"{type}@{n.Line}:{n.Column}({string.Join(",", parts)})";

    private static string L(IEnumerable<Node> nodes) => "[" + string.Join(",", nodes.Select(Dump)) + "]";

    private static string P(Parameters p) => $"Params({L(p.Args)},{L(p.Defaults)},{p.VarArg ?? "-"},{p.KwArg ?? "-"})";

    private static string Comps(IEnumerable<Comprehension> cs) =>
        "[" + string.Join(",", cs.Select(c => $"Comp({Dump(c.Target)},{Dump(c.Iter)},{L(c.Ifs)})")) + "]";

    private static string Aliases(IEnumerable<ImportAlias> names) => string.Join(",", names.Select(a => a.AsName == null ? a.Name : a.Name + " as " + a.AsName));

    private static string Bits(double d) => BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture);

    private static string Chars(string s)
    {
        var sb = new StringBuilder("'");
        foreach (char c in s)
        {
            if (c >= 0x20 && c < 0x7F && c != '\\' && c != '\'') sb.Append(c);
            else sb.Append("\\x{").Append(((int)c).ToString("x", CultureInfo.InvariantCulture)).Append('}');
        }
        return sb.Append('\'').ToString();
    }
}
