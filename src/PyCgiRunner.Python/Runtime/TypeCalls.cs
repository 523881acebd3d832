namespace PyCgiRunner.Python.Runtime;

/// <summary>Calling a type (instance creation: __new__ then __init__) and creating classes.</summary>
public static class TypeCalls
{
    /// <summary>Calls a class attribute as a method of self without allocating a bound method for functions.</summary>
    public static PyObject CallBound(PyObject function, PyObject self, PyObject[] args, string[]? kwNames)
    {
        switch (function)
        {
            case PyFunction or PyBuiltinMethodDescriptor:
                {
                    var full = new PyObject[args.Length + 1];
                    full[0] = self;
                    Array.Copy(args, 0, full, 1, args.Length);
                    return function.Call(full, kwNames);
                }
            case PyStaticMethod s:
                return s.Function.Call(args, kwNames);
            case PyClassMethod c:
                {
                    var full = new PyObject[args.Length + 1];
                    full[0] = self is PyInstance inst ? inst.Class : self.Type;
                    Array.Copy(args, 0, full, 1, args.Length);
                    return c.Function.Call(full, kwNames);
                }
        }
        var bound = self is PyInstance ? function : TypeAttributes.Bind(function, self, self.Type);
        return bound.Call(args, kwNames);
    }

    public static PyObject CallType(PyType type, PyObject[] args, string[]? kwNames)
    {
        if (type == BuiltinTypes.Type && args.Length == 1 && kwNames is null)
            return args[0] is PyInstance ? BuiltinTypes.InstanceType : args[0].Type;
        var obj = CreateInstance(type, args, kwNames);
        if (!obj.Type.IsSubtypeOf(type)) return obj;
        var init = obj.Type.Lookup("__init__");
        if (init is not null)
        {
            var r = CallBound(init, obj, args, kwNames);
            if (r is not PyNone) throw PyErr.TypeError("__init__() should return None, not '" + r.Type.Name + "'");
        }
        return obj;
    }

    private static PyObject CreateInstance(PyType type, PyObject[] args, string[]? kwNames)
    {
        if (type.LookupOverride("__new__") is { } userNew)
        {
            var fn = userNew is PyStaticMethod sm ? sm.Function : userNew;
            var full = new PyObject[args.Length + 1];
            full[0] = type;
            Array.Copy(args, 0, full, 1, args.Length);
            return fn.Call(full, kwNames);
        }
        return NewFor(type)(type, args, kwNames);
    }

    /// <summary>The builtin __new__ that applies to a type: the first NewFunc along its MRO.</summary>
    public static NewFunction NewFor(PyType type)
    {
        foreach (var t in type.Mro)
            if (t.NewFunc is { } f) return f;
        throw PyErr.TypeError($"cannot create '{type.Name}' instances");
    }

    /// <summary>
    /// The class statement: picks the metaclass (explicit __metaclass__, the bases' metaclass, the module's
    /// __metaclass__, or a classic class when no base is new-style) and calls it with (name, bases, dict).
    /// </summary>
    public static PyObject BuildClass(string name, PyObject[] bases, PyDict dict, PyDict globals)
    {
        PyObject? meta = dict.GetStrOrNull("__metaclass__");
        if (meta is null)
        {
            if (bases.Length > 0)
                meta = bases[0] is PyClassic ? (bases.Any(b => b is PyType) ? BestMeta(bases) : BuiltinTypes.ClassObj) : BestMeta(bases);
            else
                meta = globals.GetStrOrNull("__metaclass__") ?? BuiltinTypes.ClassObj;
        }
        if (meta == BuiltinTypes.ClassObj)
            return new PyClassic(name, bases, dict);
        return meta.Call([PyStr.From(name), new PyTuple(bases), dict], null);
    }

    private static PyObject BestMeta(PyObject[] bases)
    {
        PyType winner = BuiltinTypes.Type;
        foreach (var b in bases)
        {
            if (b is not PyType t) continue;
            var m = t.Type;
            if (m.IsSubtypeOf(winner)) winner = m;
        }
        return winner;
    }

    /// <summary>type.__new__(meta, name, bases, dict): creates a heap type.</summary>
    public static PyType NewHeapType(PyType meta, string name, PyTuple bases, PyDict dict)
    {
        if (bases.Count == 0) bases = new PyTuple(BuiltinTypes.Object);
        foreach (var b in bases)
            if (b is PyType bt && !bt.IsHeapType && IsFinal(bt))
                throw PyErr.TypeError($"Error when calling the metaclass bases\n    type '{bt.Name}' is not an acceptable base type");
        var ns = dict.Copy();
        if (ns.GetStrOrNull("__new__") is PyFunction newFn) ns.SetStr("__new__", new PyStaticMethod(newFn));
        var type = new PyType(name, null, isHeapType: true, dict: ns, bases: bases);
        type.SetMetaclass(meta);
        var slots = ns.GetStrOrNull("__slots__");
        var baseHasDict = bases.OfType<PyType>().Any(b => b.HasInstanceDict || (b.IsHeapType && b.Slots is null));
        if (slots is null)
        {
            type.HasInstanceDict = true;
        }
        else
        {
            var names = ToSlotNames(slots).Select(n => Compilation.NameMangling.Mangle(name, n)).ToArray();
            // type_new sorts the member names (their descriptors enter the class dict in that order).
            type.Slots = names.Where(n => n != "__dict__" && n != "__weakref__").Order(StringComparer.Ordinal).ToArray();
            type.HasInstanceDict = baseHasDict || names.Contains("__dict__");
            var offset = 0;
            foreach (var t in type.Mro.Skip(1)) offset += t.Slots?.Length ?? 0;
            for (var i = 0; i < type.Slots.Length; i++)
                ClassDictLayout.AddIfMissing(ns, type.Slots[i], new PySlotMember(type.Slots[i], offset + i));
        }
        ClassDictLayout.AddInstanceDescriptors(type, bases, slots is null ? null : ToSlotNames(slots));
        if (!ns.TryGetStr("__doc__", out _)) ns.SetStr("__doc__", PyNone.Instance);
        PyType.InvalidateAllCaches();
        return type;
    }

    private static string[] ToSlotNames(PyObject slots)
        => slots is PyBaseString one ? [one.Value] : Ops.ToArray(slots).Select(Ops.Str).ToArray();

    private static bool IsFinal(PyType t)
        => t == BuiltinTypes.Bool || t == BuiltinTypes.Function || t == BuiltinTypes.NoneType || t == BuiltinTypes.Slice
           || t == BuiltinTypes.XRange || t == BuiltinTypes.Generator || t == BuiltinTypes.InstanceMethod;
}
