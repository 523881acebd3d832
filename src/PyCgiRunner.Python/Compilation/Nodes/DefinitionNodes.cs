using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>Creates a function object: evaluates defaults now, captures the closure cells it needs.</summary>
public sealed class MakeFunctionNode(CodeObject code, ExprNode[] defaults, int[] closureCells) : ExprNode
{
    public CodeObject Code => code;

    public override PyObject Eval(Frame f)
    {
        var defs = defaults.Length == 0 ? [] : new PyObject[defaults.Length];
        for (var i = 0; i < defaults.Length; i++) defs[i] = defaults[i].Eval(f);
        PyCell[]? closure = null;
        if (closureCells.Length > 0)
        {
            closure = new PyCell[closureCells.Length];
            for (var i = 0; i < closureCells.Length; i++) closure[i] = f.Cells![closureCells[i]];
        }
        return new PyFunction(code, f.Globals, defs, closure) { Context = f.Context, Builtins = f.Builtins };
    }
}

/// <summary>def/class with decorators: decorators apply bottom-up, then the name is bound.</summary>
public sealed class DefineNode(ExprNode[] decorators, ExprNode value, TargetNode target) : StmtNode
{
    public override Completion Exec(Frame f)
    {
        var decos = new PyObject[decorators.Length];
        for (var i = 0; i < decorators.Length; i++) decos[i] = decorators[i].Eval(f);
        var v = value.Eval(f);
        for (var i = decos.Length - 1; i >= 0; i--) v = decos[i].Call([v], null);
        target.Store(f, v);
        return Completion.Normal;
    }
}

/// <summary>Runs a class body in its own namespace, then calls the metaclass (TypeCalls.BuildClass).</summary>
public sealed class MakeClassNode(string name, ExprNode[] bases, CodeObject body, int[] closureCells) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var baseValues = new PyObject[bases.Length];
        for (var i = 0; i < bases.Length; i++) baseValues[i] = bases[i].Eval(f);
        PyCell[]? cells = null;
        if (closureCells.Length > 0 || body.CellNames.Length > 0)
        {
            cells = new PyCell[body.CellNames.Length + closureCells.Length];
            for (var i = 0; i < body.CellNames.Length; i++) cells[i] = new PyCell();
            for (var i = 0; i < closureCells.Length; i++) cells[body.CellNames.Length + i] = f.Cells![closureCells[i]];
        }
        var ns = new PyDict();
        ns.SetStr("__module__", f.Globals.GetStrOrNull("__name__") ?? PyNone.Instance);
        if (body.Docstring is not null) ns.SetStr("__doc__", PyStr.From(body.Docstring));
        var frame = new Frame(body, f.Globals, new LocalSlot[body.LocalNames.Length], cells, f.Context) { Names = ns, Builtins = f.Builtins };
        body.Run(frame, f.Context);
        return TypeCalls.BuildClass(name, baseValues, ns, f.Globals);
    }
}

/// <summary>Calls a just-made function with the iterator of the first iterable (genexps, set/dict comps).</summary>
public sealed class CallComprehensionNode(MakeFunctionNode function, ExprNode firstIterable) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var fn = function.Eval(f);
        var it = Ops.GetIter(firstIterable.Eval(f));
        return fn.Call([it], null);
    }
}
