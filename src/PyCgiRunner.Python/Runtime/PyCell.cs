namespace PyCgiRunner.Python.Runtime;

/// <summary>A closure cell: a variable shared between a function and the functions nested in it.</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Value;
    public PyCell() { }
    public PyCell(PyObject? value) { Value = value; }
    public override PyType Type => BuiltinTypes.Cell;
    public override string Repr() => Value is null ? $"<cell at 0x{Id:x8}: empty>" : $"<cell at 0x{Id:x8}: {Value.Type.Name} object at 0x{Value.Id:x8}>";
    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "cell_contents")
        {
            value = Value ?? throw PyErr.New(BuiltinTypes.ValueError, "Cell is empty");
            return true;
        }
        return base.TryGetAttr(name, out value);
    }
}
