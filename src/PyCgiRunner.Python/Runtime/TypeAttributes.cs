namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// Attribute lookup for new-style objects and types (Python 2.7 reference §3.4.2: data descriptors on the
/// type win over the instance dict, which wins over other class attributes).
/// </summary>
public static class TypeAttributes
{
    public static bool GenericTryGetAttr(PyObject obj, string name, out PyObject value)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is not null)
        {
            if (attr is IDataDescriptor dd) { value = dd.Get(obj, type); return true; }
            if (attr.Type.IsHeapType && attr.Type.Lookup("__set__") is not null && attr.Type.Lookup("__get__") is { } g1)
            {
                value = Ops.CallFunction(g1, attr, obj, type);
                return true;
            }
        }
        var dict = obj.InstanceDict;
        if (dict is not null && dict.TryGetStr(name, out value)) return true;
        if (attr is not null)
        {
            value = Bind(attr, obj, type);
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Applies a class attribute's __get__ for an instance access.</summary>
    public static PyObject Bind(PyObject attr, PyObject obj, PyType type)
    {
        if (attr is IDescriptor d) return d.Get(obj, type);
        if (attr.Type.IsHeapType && attr.Type.Lookup("__get__") is { } g) return Ops.CallFunction(g, attr, obj, type);
        return attr;
    }

    public static void GenericSetAttr(PyObject obj, string name, PyObject value)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is IDataDescriptor dd) { dd.Set(obj, value); return; }
        if (attr is not null && attr.Type.IsHeapType && attr.Type.Lookup("__set__") is { } s)
        {
            Ops.CallFunction(s, attr, obj, value);
            return;
        }
        var dict = obj.InstanceDict;
        if (dict is null)
        {
            if (attr is not null && !type.IsHeapType)
                throw PyErr.AttributeError($"'{type.Name}' object attribute '{name}' is read-only");
            throw PyErr.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        }
        dict.SetStr(name, value);
    }

    public static void GenericDelAttr(PyObject obj, string name)
    {
        var type = obj.Type;
        var attr = type.Lookup(name);
        if (attr is IDataDescriptor dd) { dd.Delete(obj); return; }
        if (attr is not null && attr.Type.IsHeapType && attr.Type.Lookup("__delete__") is { } del)
        {
            Ops.CallFunction(del, attr, obj);
            return;
        }
        var dict = obj.InstanceDict;
        if (dict is null) throw PyErr.AttributeError($"'{type.Name}' object has no attribute '{name}'");
        if (!dict.RemoveStr(name)) throw PyErr.AttributeError(name);
    }

    /// <summary>Attribute lookup on a type object: the metatype's data descriptors, the MRO, then the metatype.</summary>
    public static bool TypeTryGetAttr(PyType type, string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = PyStr.From(type.Name); return true;
            case "__bases__": value = type.Bases; return true;
            case "__mro__": value = new PyTuple(type.FullMro); return true;
            case "__dict__": value = type.Dict; return true;
            case "__class__": value = type.Type; return true;
            case "__flags__": value = PyInt.Get(TypeFlags.Of(type)); return true;
            case "__module__":
                value = type.Dict.GetStrOrNull("__module__") ?? PyStr.From("__builtin__");
                return true;
            case "__doc__":
                value = type.Lookup("__doc__") is { } doc && type.Dict.TryGetStr("__doc__", out _) ? doc : PyNone.Instance;
                return true;
        }
        var meta = type.Type;
        var metaAttr = meta == type ? null : meta.Lookup(name);
        if (metaAttr is IDataDescriptor dd) { value = dd.Get(type, meta); return true; }
        var attr = type.Lookup(name);
        if (attr is not null)
        {
            value = attr switch
            {
                PyFunction f => new PyMethod(f, null, type),
                IDescriptor d => d.Get(null, type),
                _ when attr.Type.IsHeapType && attr.Type.Lookup("__get__") is { } g => Ops.CallFunction(g, attr, PyNone.Instance, type),
                _ => attr,
            };
            return true;
        }
        if (metaAttr is not null)
        {
            value = Bind(metaAttr, type, meta);
            return true;
        }
        value = null!;
        return false;
    }
}
