using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

// Attribute and subscript access as values and as assignment targets.

public sealed class AttrLoad(ExprNode obj, string name) : ExprNode
{
    private readonly TypeLookupCache _cache = new();
    private readonly PyStr _key = PyStr.From(name);

    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        // Instances of Python classes: class attribute from the inline cache, then the instance dict.
        if (o is PyUserObject u && !u.Type.HasGetAttributeHook)
        {
            var type = u.Type;
            var attr = _cache.Lookup(type, name);
            if (attr is null || (attr is not IDataDescriptor && !attr.Type.IsHeapType))
            {
                if (u.InstanceDict is { } d && d.TryGetValue(_key, out var v)) return v;
                if (attr is not null) return TypeAttributes.Bind(attr, u, type);
            }
        }
        return Ops.GetAttr(o, name);
    }
}

public sealed class AttrTarget(ExprNode obj, string name) : TargetNode
{
    private readonly TypeLookupCache _cache = new();
    private readonly PyStr _key = PyStr.From(name);

    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        if (o is PyUserObject u && !u.Type.HasSetAttrHook && u.InstanceDict is { } d)
        {
            var attr = _cache.Lookup(u.Type, name);
            if (attr is null || (attr is not IDataDescriptor && !attr.Type.IsHeapType))
            {
                d.Set(_key, value);
                return;
            }
        }
        Ops.SetAttr(o, name, value);
    }

    public override void Delete(Frame f) => Ops.DelAttr(obj.Eval(f), name);
}

public sealed class SubscriptLoad(ExprNode obj, ExprNode index) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var o = obj.Eval(f);
        var k = index.Eval(f);
        if (o is PyList l && k is PyInt i && o.Type == BuiltinTypes.List)
        {
            var n = i.Value < 0 ? i.Value + l.Count : i.Value;
            if ((ulong)n < (ulong)l.Count) return l[(int)n];
        }
        return Ops.GetItem(o, k);
    }
}

public sealed class SubscriptTarget(ExprNode obj, ExprNode index) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        var o = obj.Eval(f);
        Ops.SetItem(o, index.Eval(f), value);
    }

    public override void Delete(Frame f)
    {
        var o = obj.Eval(f);
        Ops.DelItem(o, index.Eval(f));
    }
}

/// <summary>lower:upper[:step] inside a subscript: builds a slice object (missing parts are None).</summary>
public sealed class SliceNode(ExprNode? lower, ExprNode? upper, ExprNode? step) : ExprNode
{
    public override PyObject Eval(Frame f)
        => new PySlice(lower?.Eval(f) ?? PyNone.Instance, upper?.Eval(f) ?? PyNone.Instance, step?.Eval(f) ?? PyNone.Instance);
}

/// <summary>Tuple/list unpacking: a, (b, c) = value.</summary>
public sealed class UnpackTarget(TargetNode[] targets) : TargetNode
{
    public override void Store(Frame f, PyObject value)
    {
        PyObject[] items;
        if (value is PyTuple t && t.Type == BuiltinTypes.Tuple) items = t.Items;
        else if (value is PyList l && l.Type == BuiltinTypes.List) items = l.ToArray();
        else items = Unpack(value, targets.Length);
        if (items.Length != targets.Length)
        {
            if (items.Length > targets.Length) throw PyErr.ValueError("too many values to unpack");
            throw PyErr.ValueError($"need more than {items.Length} value{(items.Length == 1 ? "" : "s")} to unpack");
        }
        for (var i = 0; i < targets.Length; i++) targets[i].Store(f, items[i]);
    }

    private static PyObject[] Unpack(PyObject value, int expected)
    {
        PyObject it;
        try { it = Ops.GetIter(value); }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
        {
            throw PyErr.TypeError($"'{value.Type.Name}' object is not iterable");
        }
        var list = new List<PyObject>(expected);
        while (Ops.Next(it, out var v))
        {
            list.Add(v);
            if (list.Count > expected) throw PyErr.ValueError("too many values to unpack");
        }
        return list.ToArray();
    }

    public override void Delete(Frame f)
    {
        foreach (var t in targets) t.Delete(f);
    }
}
