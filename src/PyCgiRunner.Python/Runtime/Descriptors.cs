namespace PyCgiRunner.Python.Runtime;

/// <summary>A builtin descriptor (Python 2.7 reference §3.4.2.2): functions, methods, static/class methods.</summary>
public interface IDescriptor
{
    /// <summary>__get__: instance is null when the attribute is fetched from the class.</summary>
    PyObject Get(PyObject? instance, PyType owner);
}

/// <summary>A data descriptor: it wins over the instance dict (properties, __slots__ members, __class__).</summary>
public interface IDataDescriptor : IDescriptor
{
    void Set(PyObject instance, PyObject value);
    void Delete(PyObject instance);
}

/// <summary>A C#-implemented attribute such as object.__class__ or a function's __name__.</summary>
public sealed class PyGetSetDescriptor : PyObject, IDataDescriptor
{
    private readonly string _name;
    private readonly Func<PyObject, PyObject> _get;
    private readonly Action<PyObject, PyObject>? _set;
    private readonly Action<PyObject>? _delete;
    private readonly string? _ownerName;

    public PyGetSetDescriptor(string name, Func<PyObject, PyObject> get, Action<PyObject, PyObject>? set = null,
        Action<PyObject>? delete = null, string? ownerName = null)
    {
        _name = name; _get = get; _set = set; _delete = delete; _ownerName = ownerName;
    }

    public override PyType Type => BuiltinTypes.GetSetDescriptor;
    public override string Repr() => _ownerName is null ? $"<attribute '{_name}'>" : $"<attribute '{_name}' of '{_ownerName}' objects>";

    public PyObject Get(PyObject? instance, PyType owner) => instance is null ? this : _get(instance);

    public void Set(PyObject instance, PyObject value)
    {
        if (_set is null) throw PyErr.AttributeError($"attribute '{_name}' of '{instance.Type.Name}' objects is not writable");
        _set(instance, value);
    }

    public void Delete(PyObject instance)
    {
        if (_delete is null) throw PyErr.TypeError($"can't delete {_name} attribute");
        _delete(instance);
    }
}

/// <summary>staticmethod(f): the function, unbound, from class and instance alike.</summary>
public sealed class PyStaticMethod : PyObject, IDescriptor
{
    public PyObject Function { get; }
    public PyStaticMethod(PyObject function) { Function = function; }
    public override PyType Type => BuiltinTypes.StaticMethod;
    public PyObject Get(PyObject? instance, PyType owner) => Function;
}

/// <summary>classmethod(f): bound to the class (or the instance's class).</summary>
public sealed class PyClassMethod : PyObject, IDescriptor
{
    public PyObject Function { get; }
    public PyClassMethod(PyObject function) { Function = function; }
    public override PyType Type => BuiltinTypes.ClassMethod;
    public PyObject Get(PyObject? instance, PyType owner) => new PyMethod(Function, owner, owner.Type);
}

/// <summary>property(fget, fset, fdel, doc).</summary>
public sealed class PyProperty : PyObject, IDataDescriptor
{
    public PyObject Getter { get; }
    public PyObject Setter { get; }
    public PyObject Deleter { get; }
    public PyObject Doc { get; }
    /// <summary>A Python subclass of property (abc.abstractproperty), or null for plain properties.</summary>
    public PyType? Subtype { get; init; }

    public PyProperty(PyObject fget, PyObject fset, PyObject fdel, PyObject doc)
    {
        Getter = fget; Setter = fset; Deleter = fdel;
        Doc = doc is PyNone && fget is PyFunction f ? f.Doc : doc;
    }

    public override PyType Type => Subtype ?? BuiltinTypes.Property;

    public PyObject Get(PyObject? instance, PyType owner)
    {
        if (instance is null) return this;
        if (Getter is PyNone) throw PyErr.AttributeError("unreadable attribute");
        return Ops.CallFunction(Getter, instance);
    }

    public void Set(PyObject instance, PyObject value)
    {
        if (Setter is PyNone) throw PyErr.AttributeError("can't set attribute");
        Ops.CallFunction(Setter, instance, value);
    }

    public void Delete(PyObject instance)
    {
        if (Deleter is PyNone) throw PyErr.AttributeError("can't delete attribute");
        Ops.CallFunction(Deleter, instance);
    }

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "fget": value = Getter; return true;
            case "fset": value = Setter; return true;
            case "fdel": value = Deleter; return true;
            case "__doc__": value = Doc; return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>A __slots__ member: stored in the object's slot table.</summary>
public sealed class PySlotMember : PyObject, IDataDescriptor
{
    private readonly string _name;
    private readonly int _index;
    public PySlotMember(string name, int index) { _name = name; _index = index; }
    public override PyType Type => BuiltinTypes.MemberDescriptor;
    public override string Repr() => $"<member '{_name}' of objects>";

    // Instances of subclasses of builtin types (list, weakref.ref, deque...) are not PyUserObjects: their slot
    // values live beside them, for as long as the instance does.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, PyObject?[]> s_sideSlots = new();

    private static PyObject?[] SlotsOf(PyObject instance)
        => instance is PyUserObject u ? u.SlotValues! : s_sideSlots.GetValue(instance, o => new PyObject?[o.Type.Mro.Sum(t => t.Slots?.Length ?? 0)]);

    public PyObject Get(PyObject? instance, PyType owner)
    {
        if (instance is null) return this;
        var v = SlotsOf(instance)[_index];
        return v ?? throw PyErr.AttributeError(_name);
    }

    public void Set(PyObject instance, PyObject value) => SlotsOf(instance)[_index] = value;

    public void Delete(PyObject instance)
    {
        var slots = SlotsOf(instance);
        if (slots[_index] is null) throw PyErr.AttributeError(_name);
        slots[_index] = null;
    }
}
