using PyCgiRunner.Python.Ast;

namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// An instance of an old-style class (type 'instance'). Every special operation looks the method up on
/// the instance's class at the time of the operation, as Python 2's instance objects do.
/// </summary>
public sealed class PyInstance : PyObject
{
    public PyClassic Class { get; set; }
    public PyDict Dict { get; private set; }

    public PyInstance(PyClassic cls) { Class = cls; Dict = new PyDict(); }

    public override PyType Type => BuiltinTypes.InstanceType;
    public override PyDict InstanceDict => Dict;

    private PyObject? Special(string name) => Class.LookupOrNull(name);

    private PyObject CallSpecial(PyObject f, params PyObject[] args) => TypeCalls.CallBound(f, this, args, null);

    private PyObject Require(string name) => Special(name) ?? throw PyErr.AttributeError($"{Class.Name} instance has no attribute '{name}'");

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (Dict.TryGetStr(name, out value)) return true;
        switch (name)
        {
            case "__dict__": value = Dict; return true;
            case "__class__": value = Class; return true;
        }
        if (Class.TryLookup(name, out value))
        {
            value = value switch
            {
                PyFunction f => new PyMethod(f, this, Class),
                PyStaticMethod s => s.Function,
                PyClassMethod c => new PyMethod(c.Function, Class, BuiltinTypes.ClassObj),
                IDescriptor d => d.Get(this, BuiltinTypes.InstanceType),
                _ => value,
            };
            return true;
        }
        if (Special("__getattr__") is { } getattr)
        {
            try
            {
                value = CallSpecial(getattr, PyStr.From(name));
                return true;
            }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.AttributeError))
            {
                value = null!;
                return false;
            }
        }
        value = null!;
        return false;
    }

    public override void SetAttr(string name, PyObject value)
    {
        if (Special("__setattr__") is { } setattr) { CallSpecial(setattr, PyStr.From(name), value); return; }
        if (name == "__class__" && value is PyClassic c) { Class = c; return; }
        if (name == "__dict__") { Dict = value as PyDict ?? throw PyErr.TypeError("__dict__ must be set to a dictionary"); return; }
        Dict.SetStr(name, value);
    }

    public override void DelAttr(string name)
    {
        if (Special("__delattr__") is { } delattr) { CallSpecial(delattr, PyStr.From(name)); return; }
        if (!Dict.RemoveStr(name)) throw PyErr.AttributeError($"{Class.Name} instance has no attribute '{name}'");
    }

    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        var call = Special("__call__") ?? throw PyErr.AttributeError($"{Class.Name} instance has no __call__ method");
        using var guard = RecursionGuard.Enter(" while calling a Python object");
        // instance_call passes __call__ the call's keyword dict (KeywordDict).
        return kwNames is { Length: > 1 }
            ? KeywordDict.CallThroughDict(args, kwNames, (a, k) => TypeCalls.CallBound(call, this, a, k))
            : TypeCalls.CallBound(call, this, args, kwNames);
    }

    public override string Repr()
        => Special("__repr__") is { } f ? Ops.Str(CallSpecial(f)) : $"<{ModuleName}.{Class.Name} instance at 0x{Id:x8}>";

    public override string Str() => Special("__str__") is { } f ? Ops.Str(CallSpecial(f)) : Repr();

    private string ModuleName => Class.Dict.TryGetStr("__module__", out var m) ? Ops.Str(m) : "__main__";

    public override long Hash()
    {
        // instance_hash: an int result, -1 becoming -2 (the C error value); a long is hashed itself.
        if (Special("__hash__") is { } f)
        {
            return CallSpecial(f) switch
            {
                PyInt i => i.Value == -1 ? -2 : i.Value,
                PyLong l => l.Hash(),
                _ => throw PyErr.TypeError("__hash__() should return an int"),
            };
        }
        if (Special("__eq__") is not null || Special("__cmp__") is not null) throw PyErr.TypeError("unhashable instance");
        return base.Hash();
    }

    public override bool IsTrue()
    {
        if (Special("__nonzero__") is { } nz) return Ops.IsTrue(CallSpecial(nz));
        if (Special("__len__") is { } len) return Ops.ToLong(CallSpecial(len)) != 0;
        return true;
    }

    public override int Length() => (int)Ops.ToLong(CallSpecial(Require("__len__")));
    public override PyObject GetItem(PyObject key) => CallSpecial(Require("__getitem__"), key);
    public override void SetItem(PyObject key, PyObject value) => CallSpecial(Require("__setitem__"), key, value);
    public override void DelItem(PyObject key) => CallSpecial(Require("__delitem__"), key);

    public override bool Contains(PyObject item)
    {
        if (Special("__contains__") is { } f) return Ops.IsTrue(CallSpecial(f, item));
        return base.Contains(item);
    }

    public override PyObject GetIter()
    {
        if (Special("__iter__") is { } f) return CallSpecial(f);
        if (Special("__getitem__") is not null) return new SequenceIterator(this);
        throw PyErr.TypeError("iteration over non-sequence");
    }

    public override bool Next(out PyObject value)
    {
        try
        {
            value = CallSpecial(Require("next"));
            return true;
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.StopIteration))
        {
            value = null!;
            return false;
        }
    }

    public override PyObject BinaryOp(BinaryOperator op, PyObject other)
        => Special(Ops.LeftName(op)) is { } f ? CallSpecial(f, other) : PyNotImplemented.Instance;

    public override PyObject ReflectedBinaryOp(BinaryOperator op, PyObject other)
        => Special(Ops.RightName(op)) is { } f ? CallSpecial(f, other) : PyNotImplemented.Instance;

    public override PyObject InPlaceOp(BinaryOperator op, PyObject other)
        => Special(Ops.InPlaceName(op)) is { } f ? CallSpecial(f, other) : PyNotImplemented.Instance;

    public override PyObject UnaryOp(UnaryOperator op)
    {
        var name = op switch { UnaryOperator.USub => "__neg__", UnaryOperator.UAdd => "__pos__", _ => "__invert__" };
        return CallSpecial(Require(name));
    }
}
