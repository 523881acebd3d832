using PyCgiRunner.Python.Compilation;

namespace PyCgiRunner.Python.Runtime;

/// <summary>A Python function: shared compiled code plus this definition's globals, defaults and closure.</summary>
public sealed class PyFunction : PyObject, IDescriptor
{
    public CodeObject Code { get; set; }
    public PyDict Globals { get; }
    public PyObject[] Defaults { get; set; }
    public PyCell[]? Closure { get; }
    public string Name { get; set; }
    public PyObject Doc { get; set; }
    public PyObject ModuleName { get; set; }
    private PyDict? _dict;

    /// <summary>The run this function belongs to (functions never outlive or leave their run).</summary>
    public PyContext? Context { get; init; }

    /// <summary>The builtins of the frame that defined the function.</summary>
    public PyDict? Builtins { get; init; }

    public PyFunction(CodeObject code, PyDict globals, PyObject[] defaults, PyCell[]? closure)
    {
        Code = code;
        Globals = globals;
        Defaults = defaults;
        Closure = closure;
        Name = code.Name;
        Doc = code.Docstring is null ? PyNone.Instance : PyStr.From(code.Docstring);
        ModuleName = globals.GetStrOrNull("__name__") ?? PyNone.Instance;
    }

    public override PyType Type => BuiltinTypes.Function;
    public override PyDict InstanceDict => _dict ??= new PyDict();
    public override string Repr() => $"<function {Name} at 0x{Id:x8}>";

    public override PyObject Call(PyObject[] args, string[]? kwNames) => Code.Invoke(this, args, kwNames);

    public PyObject Get(PyObject? instance, PyType owner) => new PyMethod(this, instance, owner);

    private PyCodeObject? _codeObject;

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "__name__" or "func_name": value = PyStr.From(Name); return true;
            case "__doc__" or "func_doc": value = Doc; return true;
            case "__module__": value = ModuleName; return true;
            case "__defaults__" or "func_defaults": value = Defaults.Length == 0 ? PyNone.Instance : new PyTuple(Defaults); return true;
            case "__globals__" or "func_globals": value = Globals; return true;
            case "__dict__" or "func_dict": value = InstanceDict; return true;
            case "__code__" or "func_code": value = _codeObject ??= new PyCodeObject(Code); return true;
            case "__closure__" or "func_closure":
                value = Closure is null ? PyNone.Instance : new PyTuple(Closure.Cast<PyObject>().ToArray());
                return true;
        }
        return base.TryGetAttr(name, out value);
    }

    public override void SetAttr(string name, PyObject value)
    {
        switch (name)
        {
            case "__name__" or "func_name": Name = PyStr.AsString(value); return;
            case "__doc__" or "func_doc": Doc = value; return;
            case "__module__": ModuleName = value; return;
            case "__defaults__" or "func_defaults": Defaults = value is PyNone ? [] : ((PyTuple)value).Items; return;
        }
        InstanceDict.SetStr(name, value);
    }
}

/// <summary>instancemethod: a function bound to an instance (Self set) or unbound to a class (Self null).</summary>
public sealed class PyMethod : PyObject, IDescriptor
{
    /// <summary>An unbound method stored as a class attribute binds to instances (update = Mapping.update).</summary>
    public PyObject Get(PyObject? instance, PyType owner)
        => Self is not null || instance is null ? this : new PyMethod(Function, instance, Class);

    public PyObject Function { get; }
    public PyObject? Self { get; }
    public PyObject? Class { get; }

    public PyMethod(PyObject function, PyObject? self, PyObject? cls)
    {
        Function = function;
        Self = self;
        Class = cls;
    }

    public override PyType Type => BuiltinTypes.InstanceMethod;

    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        if (Self is not null)
        {
            var full = new PyObject[args.Length + 1];
            full[0] = Self;
            Array.Copy(args, 0, full, 1, args.Length);
            return Function.Call(full, kwNames);
        }
        var positional = args.Length - (kwNames?.Length ?? 0);
        if (positional < 1 || !IsInstanceOfClass(args[0]))
        {
            var got = positional < 1 ? "nothing" : DescribeInstance(args[0]) + " instance";
            throw PyErr.TypeError($"unbound method {FunctionName}() must be called with {ClassName} instance as first argument (got {got} instead)");
        }
        return Function.Call(args, kwNames);
    }

    private bool IsInstanceOfClass(PyObject o) => Class switch
    {
        PyType t => o.Type.IsSubtypeOf(t) || (o is PyInstance i && i.Class.IsSubclassOf(t)) || Builtins.TypeChecks.IsInstance(o, t),
        PyClassic c => o is PyInstance i && i.Class.IsSubclassOf(c),
        _ => true,
    };

    private static string DescribeInstance(PyObject o) => o is PyInstance i ? i.Class.Name : o.Type.Name;

    private string FunctionName => Function is PyFunction f ? f.Name : Ops.GetAttrString(Function, "__name__");
    private string ClassName => Class switch { PyType t => t.Name, PyClassic c => c.Name, _ => "?" };

    public override string Repr()
    {
        if (Self is null) return $"<unbound method {ClassName}.{FunctionName}>";
        return $"<bound method {ClassName}.{FunctionName} of {Ops.Repr(Self)}>";
    }

    public override bool HasCustomAttributes => true;

    public override bool TryGetAttr(string name, out PyObject value)
    {
        switch (name)
        {
            case "im_func" or "__func__": value = Function; return true;
            case "im_self" or "__self__": value = Self ?? PyNone.Instance; return true;
            case "im_class": value = Class ?? PyNone.Instance; return true;
            case "__name__": value = PyStr.From(FunctionName); return true;
            case "__doc__": return Function.TryGetAttr("__doc__", out value);
        }
        if (base.TryGetAttr(name, out value)) return true;
        return Function.TryGetAttr(name, out value);
    }

    public override PyObject RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyMethod m || op is not (CompareOp.Eq or CompareOp.Ne)) return PyNotImplemented.Instance;
        var eq = ReferenceEquals(Function, m.Function) && ReferenceEquals(Self, m.Self);
        return PyBool.Of(eq == (op == CompareOp.Eq));
    }

    public override long Hash() => Function.Hash() ^ (Self?.Hash() ?? 0);
}
