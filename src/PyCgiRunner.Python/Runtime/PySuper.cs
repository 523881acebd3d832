namespace PyCgiRunner.Python.Runtime;

/// <summary>super(type, obj): attribute lookup along obj's MRO starting after type.</summary>
public sealed class PySuper : PyObject
{
    private readonly PyType _type;
    private readonly PyObject? _obj;

    public PySuper(PyType type, PyObject? obj) { _type = type; _obj = obj; }

    public override PyType Type => BuiltinTypes.Super;
    public override string Repr() => $"<super: <class '{_type.Name}'>, <{(_obj is null ? "NULL" : _obj.Type.Name + " object")}>>";

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__class__") return base.TryGetAttr(name, out value);
        if (_obj is not null)
        {
            var startType = _obj is PyType t && t.IsSubtypeOf(_type) ? t : _obj.Type;
            var mro = startType.FullMro;
            var i = Array.IndexOf(mro, _type);
            for (var j = i + 1; j < mro.Length && i >= 0; j++)
            {
                var dict = mro[j] is PyType t2 ? t2.Dict : ((PyClassic)mro[j]).Dict;
                if (!dict.TryGetStr(name, out var attr)) continue;
                value = _obj is PyType owner && !(_obj.Type.IsSubtypeOf(_type))
                    ? attr switch
                    {
                        PyFunction f => new PyMethod(f, null, owner),
                        IDescriptor d => d.Get(null, owner),
                        _ => attr,
                    }
                    : TypeAttributes.Bind(attr, _obj, startType);
                if (_obj is PyType ownerType && attr is PyClassMethod cm) value = new PyMethod(cm.Function, ownerType, ownerType.Type);
                if (_obj is PyType && attr is PyStaticMethod sm) value = sm.Function;
                return true;
            }
        }
        return base.TryGetAttr(name, out value);
    }
}
