using PyCgiRunner.Python.Ast;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Weakref;

/// <summary>The proxy's containers, iteration, numbers and comparisons: the object's, with proxies unwrapped.</summary>
internal sealed partial class PyWeakProxy
{
    public override PyObject GetItem(PyObject key) => Ops.GetItem(Alive, key);
    public override void SetItem(PyObject key, PyObject value) => Ops.SetItem(Alive, key, value);
    public override void DelItem(PyObject key) => Ops.DelItem(Alive, key);
    public override int Length() => Ops.Length(Alive);
    public override bool Contains(PyObject item) => Ops.Contains(Alive, item);
    public override PyObject GetIter() => Ops.GetIter(Alive);

    /// <summary>proxy_iternext: only when the object is itself an iterator.</summary>
    public override bool Next(out PyObject value)
    {
        var target = Alive;
        if (Ops.GetAttrOrNull(target, "next") is null)
            throw PyErr.TypeError($"Weakref proxy referenced a non-iterator '{target.Type.Name}' object");
        return Ops.Next(target, out value);
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other) => Ops.Binary(op, Alive, Unwrap(other));
    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other) => Ops.Binary(op, Unwrap(other), Alive);
    public override PyObject InPlaceOp(BinaryOperator op, PyObject other) => Ops.InPlace(op, Alive, Unwrap(other));
    public override PyObject UnaryOp(UnaryOperator op) => Ops.Unary(op, Alive);
    public override PyObject RichCompare(PyObject other, CompareOp op) => Ops.Compare(Alive, Unwrap(other), op);
}
