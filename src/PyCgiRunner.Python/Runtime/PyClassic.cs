namespace PyCgiRunner.Python.Runtime;

/// <summary>An old-style class (Python 2 'class C:' with no new-style base): type classobj.</summary>
public sealed class PyClassic : PyObject
{
    public string Name { get; set; }
    public PyObject[] Bases { get; set; }
    public PyDict Dict { get; }

    public PyClassic(string name, PyObject[] bases, PyDict dict)
    {
        Name = name;
        Bases = bases;
        Dict = dict;
        if (!dict.TryGetStr("__doc__", out _)) dict.SetStr("__doc__", PyNone.Instance);
    }

    public override PyType Type => BuiltinTypes.ClassObj;
    public override PyDict InstanceDict => Dict;

    /// <summary>Depth-first, left-to-right search of the bases (Python 2 classic MRO).</summary>
    public bool TryLookup(string name, out PyObject value)
    {
        if (Dict.TryGetStr(name, out value)) return true;
        foreach (var b in Bases)
        {
            if (b is PyClassic c && c.TryLookup(name, out value)) return true;
            if (b is PyType t && t.Lookup(name) is { } v) { value = v; return true; }
        }
        value = null!;
        return false;
    }

    public PyObject? LookupOrNull(string name) => TryLookup(name, out var v) ? v : null;

    public bool IsSubclassOf(PyObject other)
    {
        if (ReferenceEquals(this, other)) return true;
        foreach (var b in Bases)
        {
            if (b is PyClassic c && c.IsSubclassOf(other)) return true;
            if (b is PyType t && other is PyType ot && t.IsSubtypeOf(ot)) return true;
        }
        return false;
    }

    private string ModuleName => Dict.TryGetStr("__module__", out var m) ? Ops.Str(m) : "__main__";

    public override string Repr() => $"<class {ModuleName}.{Name} at 0x{Id:x8}>";
    public override string Str() => $"{ModuleName}.{Name}";

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = PyStr.From(Name); return true;
            case "__bases__": value = new PyTuple(Bases); return true;
            case "__dict__": value = Dict; return true;
        }
        if (!TryLookup(name, out value)) return false;
        value = value switch
        {
            PyFunction f => new PyMethod(f, null, this),
            PyStaticMethod s => s.Function,
            PyClassMethod c => new PyMethod(c.Function, this, BuiltinTypes.ClassObj),
            _ => value,
        };
        return true;
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (name == "__name__") { Name = PyStr.AsString(value); return; }
        if (name == "__bases__") { Bases = ((PyTuple)value).Items; return; }
        Dict.SetStr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (!Dict.RemoveStr(name)) throw PyErr.NoAttribute(this, name);
    }

    // PyInstance_New calls __init__ with the call's keyword dict (KeywordDict).
    public override PyObject Call(PyObject[] args, string[]? kwNames)
        => kwNames is { Length: > 1 } ? KeywordDict.CallThroughDict(args, kwNames, Instantiate) : Instantiate(args, kwNames);

    private PyObject Instantiate(PyObject[] args, string[]? kwNames)
    {
        var inst = new PyInstance(this);
        if (TryLookup("__init__", out var init))
        {
            var r = TypeCalls.CallBound(init, inst, args, kwNames);
            if (r is not PyNone) throw PyErr.TypeError("__init__() should return None");
        }
        else if (args.Length > 0)
        {
            throw PyErr.TypeError("this constructor takes no arguments");
        }
        return inst;
    }
}
