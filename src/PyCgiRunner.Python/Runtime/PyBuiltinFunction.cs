namespace PyCgiRunner.Python.Runtime;

/// <summary>The C# body of a builtin function (vectorcall layout: trailing kwNames.Length args are keywords).</summary>
public delegate PyObject BuiltinFunctionBody(PyObject[] args, string[]? kwNames);

/// <summary>The C# body of a builtin method: self plus the arguments.</summary>
public delegate PyObject BuiltinMethodBody(PyObject self, PyObject[] args, string[]? kwNames);

/// <summary>A builtin function such as len, or a method bound to its object ("abc".upper).</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public string Name { get; }
    private readonly BuiltinFunctionBody? _body;
    private readonly BuiltinMethodBody? _method;
    public PyObject? Self { get; }
    public string? Doc { get; init; }
    /// <summary>__module__: the defining module's name for module functions (None when not given).</summary>
    public string? Module { get; init; }

    public PyBuiltinFunction(string name, BuiltinFunctionBody body) { Name = name; _body = body; }

    public PyBuiltinFunction(string name, BuiltinMethodBody method, PyObject self) { Name = name; _method = method; Self = self; }

    public override PyType Type => BuiltinTypes.BuiltinFunction;

    public override PyObject Call(PyObject[] args, string[]? kwNames)
        => _body is not null ? _body(args, kwNames) : _method!(Self!, args, kwNames);

    public override string Repr()
        => Self is null || Self is PyModule ? $"<built-in function {Name}>" : $"<built-in method {Name} of {Self.Type.Name} object at 0x{Self.Id:x8}>";

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__": value = PyStr.From(Name); return true;
            case "__doc__": value = Doc is null ? PyNone.Instance : PyStr.From(Doc); return true;
            case "__self__": value = Self ?? PyNone.Instance; return true;
            case "__module__" when Self is null: value = Module is null ? PyNone.Instance : PyStr.From(Module); return true;
        }
        return base.TryGetAttr(name, out value);
    }
}

/// <summary>A builtin type's method as found in the type's dict (str.upper); binds to instances.</summary>
public sealed class PyBuiltinMethodDescriptor : PyObject, IDescriptor
{
    public string Name { get; }
    public PyType Owner { get; }
    public BuiltinMethodBody Body { get; }
    public string? Doc { get; init; }
    /// <summary>Always false for builtin types; lets Python-class overrides be told from inherited builtins.</summary>
    public bool OwnerIsHeap => Owner.IsHeapType;

    public PyBuiltinMethodDescriptor(string name, PyType owner, BuiltinMethodBody body)
    {
        Name = name; Owner = owner; Body = body;
    }

    public override PyType Type => BuiltinTypes.MethodDescriptor;
    public override string Repr() => $"<method '{Name}' of '{Owner.Name}' objects>";

    public PyObject Get(PyObject? instance, PyType owner) => instance is null ? this : new PyBuiltinFunction(Name, Body, instance) { Doc = Doc };

    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        if (args.Length == 0)
            throw PyErr.TypeError($"descriptor '{Name}' of '{Owner.Name}' object needs an argument");
        if (!(args[0].Type.IsSubtypeOf(Owner) || Owner == BuiltinTypes.Object))
            throw PyErr.TypeError($"descriptor '{Name}' requires a '{Owner.Name}' object but received a '{args[0].Type.Name}'");
        return Body(args[0], args[1..], kwNames);
    }

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        if (name == "__name__") { value = PyStr.From(Name); return true; }
        if (name == "__doc__") { value = Doc is null ? PyNone.Instance : PyStr.From(Doc); return true; }
        return base.TryGetAttr(name, out value);
    }
}
