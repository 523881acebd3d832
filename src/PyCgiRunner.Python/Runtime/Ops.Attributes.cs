namespace PyCgiRunner.Python.Runtime;

public static partial class Ops
{
    public static PyObject GetAttr(PyObject o, string name)
    {
        var type = o.Type;
        if (type.IsHeapType)
            return HeapGetAttr(o, name, type);
        if (o.TryGetAttr(name, out var v)) return v;
        throw PyErr.NoAttribute(o, name);
    }

    private static PyObject HeapGetAttr(PyObject o, string name, PyType type)
    {
        if (type.HasGetAttributeHook && type.LookupOverride("__getattribute__") is { } ga)
        {
            try
            {
                return CallFunction(ga, o, PyStr.From(name));
            }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.AttributeError) && type.LookupOverride("__getattr__") is { } ga2)
            {
                return CallFunction(ga2, o, PyStr.From(name));
            }
        }
        if (o.TryGetAttr(name, out var v)) return v;
        if (type.HasGetAttrHook && type.LookupOverride("__getattr__") is { } getattr)
            return CallFunction(getattr, o, PyStr.From(name));
        throw PyErr.NoAttribute(o, name);
    }

    public static bool TryGetAttr(PyObject o, string name, out PyObject value)
    {
        try
        {
            value = GetAttr(o, name);
            return true;
        }
        catch (PythonException e) when (e.IsInstance(BuiltinTypes.AttributeError))
        {
            value = null!;
            return false;
        }
    }

    public static PyObject? GetAttrOrNull(PyObject o, string name) => TryGetAttr(o, name, out var v) ? v : null;

    public static string GetAttrString(PyObject o, string name) => Str(GetAttr(o, name));

    public static void SetAttr(PyObject o, string name, PyObject value)
    {
        if (o.Type.HasSetAttrHook && o.Type.LookupOverride("__setattr__") is { } f)
        {
            CallFunction(f, o, PyStr.From(name), value);
            return;
        }
        o.SetAttr(name, value);
    }

    public static void DelAttr(PyObject o, string name)
    {
        if (o.Type.IsHeapType && o.Type.LookupOverride("__delattr__") is { } f)
        {
            CallFunction(f, o, PyStr.From(name));
            return;
        }
        o.DelAttr(name);
    }

    public static PyObject Call(PyObject f, PyObject[] args, string[]? kwNames) => f.Call(args, kwNames);

    public static PyObject CallFunction(PyObject f, params PyObject[] args) => f.Call(args, null);

    /// <summary>Calls obj.name(args) looking the method up on the type, skipping the bound-method allocation.</summary>
    public static PyObject CallMethod(PyObject obj, string name, params PyObject[] args)
    {
        var type = obj.Type;
        if (!obj.HasCustomAttributes && !type.HasGetAttributeHook)
        {
            var attr = type.Lookup(name);
            if (attr is PyFunction or PyBuiltinMethodDescriptor && (obj.InstanceDict is null || !obj.InstanceDict.TryGetStr(name, out _)))
                return TypeCalls.CallBound(attr, obj, args, null);
        }
        return GetAttr(obj, name).Call(args, null);
    }
}
