namespace PyCgiRunner.Python.Compilation;

public enum ScopeKind { Module, Class, Function }

/// <summary>How a name is reached from a scope (CPython's symtable categories).</summary>
public enum NameKind
{
    /// <summary>A function local in a slot.</summary>
    Local,
    /// <summary>A function local captured by a nested function: lives in a cell.</summary>
    Cell,
    /// <summary>A variable of an enclosing function, reached through the closure.</summary>
    Free,
    /// <summary>Declared 'global', or never bound in any enclosing function: globals then builtins.</summary>
    Global,
    /// <summary>Module, class and exec scopes: the namespace dict, then globals, then builtins.</summary>
    Name,
}

/// <summary>The names one scope binds and uses, and after resolution how each is reached.</summary>
public sealed class Scope
{
    public ScopeKind Kind { get; }
    public Scope? Parent { get; }
    public string Name { get; }
    public List<Scope> Children { get; } = new();
    public HashSet<string> Bound { get; } = new();
    public HashSet<string> DeclaredGlobal { get; } = new();
    public HashSet<string> Used { get; } = new();
    public List<string> Parameters { get; } = new();
    public bool IsGenerator { get; set; }
    /// <summary>An unqualified exec or 'from m import *' in a function: its locals must be name-based.</summary>
    public bool NeedsNameLocals { get; set; }

    public Dictionary<string, NameKind> Kinds { get; } = new();
    /// <summary>Slot order: parameters first, then other locals, in first-seen order.</summary>
    public List<string> LocalSlots { get; } = new();
    /// <summary>Cells owned by this function (captured locals), then free variables from enclosing functions.</summary>
    public List<string> CellNames { get; } = new();
    public List<string> FreeNames { get; } = new();

    public Scope(ScopeKind kind, Scope? parent, string name)
    {
        Kind = kind;
        Parent = parent;
        Name = name;
        parent?.Children.Add(this);
    }

    public NameKind KindOf(string name) => Kinds.TryGetValue(name, out var k) ? k : Kind == ScopeKind.Function ? NameKind.Global : NameKind.Name;

    public int SlotOf(string name) => LocalSlots.IndexOf(name);

    /// <summary>Index in the frame's cell array: own cells first, then free variables.</summary>
    public int CellIndexOf(string name)
    {
        var i = CellNames.IndexOf(name);
        return i >= 0 ? i : CellNames.Count + FreeNames.IndexOf(name);
    }
}
