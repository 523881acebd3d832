namespace PyCgiRunner.Python.Runtime;

/// <summary>A module: a namespace dict with a name (and a file for source modules).</summary>
public sealed class PyModule : PyObject
{
    public PyDict Dict { get; }
    public string Name { get; }

    public PyModule(string name, PyDict? dict = null)
    {
        Name = name;
        Dict = dict ?? new PyDict();
        if (!Dict.TryGetStr("__name__", out _)) Dict.SetStr("__name__", PyStr.From(name));
        if (!Dict.TryGetStr("__doc__", out _)) Dict.SetStr("__doc__", PyNone.Instance);
    }

    public override PyType Type => BuiltinTypes.Module;
    public override PyDict InstanceDict => Dict;

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (Dict.TryGetStr(name, out value)) return true;
        if (name == "__dict__") { value = Dict; return true; }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value) => Dict.SetStr(name, value);

    public override void DelAttr(string name)
    {
        if (!Dict.RemoveStr(name)) throw PyErr.NoAttribute(this, name);
    }

    public override string Repr()
    {
        if (Dict.TryGetStr("__file__", out var f) && f is PyStr file) return $"<module '{Name}' from '{file.Value}'>";
        return $"<module '{Name}' (built-in)>";
    }

    public void Set(string name, PyObject value) => Dict.SetStr(name, value);
}
