using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

// How compiled code reads, writes and deletes names: slots, cells, globals and namespace dicts.

public sealed class ConstNode(PyObject value) : ExprNode
{
    public readonly PyObject Value = value;
    public override PyObject Eval(Frame f) => Value;
}

public sealed class LocalLoad(int slot, string name) : ExprNode
{
    public override PyObject Eval(Frame f) => f.Locals[slot].Value ?? throw PyErr.UnboundLocal(name);
}

public sealed class LocalTarget(int slot, string name) : TargetNode
{
    public int Slot => slot;
    public override void Store(Frame f, PyObject value) => f.Locals[slot].Value = value;
    public override void Delete(Frame f)
    {
        if (f.Locals[slot].Value is null) throw PyErr.UnboundLocal(name);
        f.Locals[slot].Value = null;
    }
}

public sealed class CellLoad(int index, string name, bool isFree) : ExprNode
{
    public override PyObject Eval(Frame f)
        => f.Cells![index].Value ?? throw (isFree
            ? PyErr.New(BuiltinTypes.NameError, $"free variable '{name}' referenced before assignment in enclosing scope")
            : PyErr.UnboundLocal(name));
}

public sealed class CellTarget(int index, string name) : TargetNode
{
    public override void Store(Frame f, PyObject value) => f.Cells![index].Value = value;
    public override void Delete(Frame f)
    {
        if (f.Cells![index].Value is null) throw PyErr.UnboundLocal(name);
        f.Cells[index].Value = null;
    }
}

/// <summary>A global (or builtin) read from function code: "global name 'x' is not defined" when missing.</summary>
public sealed class GlobalLoad(string name, bool inFunction) : ExprNode
{
    private readonly PyStr _key = PyStr.From(name);
    public override PyObject Eval(Frame f)
    {
        if (f.Globals.TryGetValue(_key, out var v)) return v;
        if (f.Builtins.TryGetValue(_key, out v)) return v;
        throw inFunction ? PyErr.GlobalNameError(name) : PyErr.NameError(name);
    }
}

public sealed class GlobalTarget(string name, bool inFunction) : TargetNode
{
    private readonly PyStr _key = PyStr.From(name);
    public override void Store(Frame f, PyObject value) => f.Globals.Set(_key, value);
    public override void Delete(Frame f)
    {
        if (!f.Globals.Remove(_key)) throw inFunction ? PyErr.GlobalNameError(name) : PyErr.NameError(name);
    }
}

/// <summary>A read in a class body or exec'd code: the namespace dict, then globals, then builtins.</summary>
public sealed class NameLoad(string name) : ExprNode
{
    private readonly PyStr _key = PyStr.From(name);
    public override PyObject Eval(Frame f)
    {
        if (f.Names is { } names && names.TryGetValue(_key, out var v)) return v;
        if (f.Globals.TryGetValue(_key, out v)) return v;
        if (f.Builtins.TryGetValue(_key, out v)) return v;
        throw PyErr.NameError(name);
    }
}

public sealed class NameTarget(string name) : TargetNode
{
    private readonly PyStr _key = PyStr.From(name);
    public override void Store(Frame f, PyObject value) => (f.Names ?? f.Globals).Set(_key, value);
    public override void Delete(Frame f)
    {
        if (!(f.Names ?? f.Globals).Remove(_key)) throw PyErr.NameError(name);
    }
}
