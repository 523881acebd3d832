using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Compilation.Nodes;

/// <summary>f(a, b, k=v): positional args, then keyword values, in the vectorcall layout.</summary>
public sealed class CallNode(ExprNode func, ExprNode[] args, string[]? kwNames) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var callee = func.Eval(f);
        var values = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i].Eval(f);
        return callee.Call(values, kwNames);
    }
}

/// <summary>obj.name(args): calls a method found on the type without allocating a bound method.</summary>
public sealed class MethodCallNode(ExprNode obj, string name, ExprNode[] args, string[]? kwNames) : ExprNode
{
    private readonly TypeLookupCache _cache = new();
    private readonly long _nameHash = PyBaseString.StringHash(name);

    public override PyObject Eval(Frame f)
    {
        var self = obj.Eval(f);
        var type = self.Type;
        if (!self.HasCustomAttributes && !type.HasGetAttributeHook)
        {
            var attr = _cache.Lookup(type, name);
            if (attr is PyFunction or PyBuiltinMethodDescriptor && (self.InstanceDict is not { } d || !d.TryGetStr(name, _nameHash, out _)))
            {
                if (attr is PyBuiltinMethodDescriptor bd)
                {
                    // Builtin methods take self apart from their arguments: no array with self in front.
                    var argValues = args.Length == 0 ? [] : new PyObject[args.Length];
                    for (var i = 0; i < args.Length; i++) argValues[i] = args[i].Eval(f);
                    return bd.Body(self, argValues, kwNames);
                }
                var full = new PyObject[args.Length + 1];
                full[0] = self;
                for (var i = 0; i < args.Length; i++) full[i + 1] = args[i].Eval(f);
                return attr.Call(full, kwNames);
            }
        }
        var method = Ops.GetAttr(self, name);
        var values = new PyObject[args.Length];
        for (var i = 0; i < args.Length; i++) values[i] = args[i].Eval(f);
        return method.Call(values, kwNames);
    }
}

/// <summary>A call with *args and/or **kwargs: the general, slower path.</summary>
public sealed class StarCallNode(ExprNode func, ExprNode[] args, string[] kwNames, ExprNode? starArgs, ExprNode? kwArgs) : ExprNode
{
    public override PyObject Eval(Frame f)
    {
        var callee = func.Eval(f);
        var positional = new List<PyObject>();
        var nPositional = args.Length - kwNames.Length;
        for (var i = 0; i < nPositional; i++) positional.Add(args[i].Eval(f));
        var keywordValues = new List<PyObject>();
        var names = new List<string>(kwNames);
        for (var i = nPositional; i < args.Length; i++) keywordValues.Add(args[i].Eval(f));
        if (starArgs is not null)
        {
            var star = starArgs.Eval(f);
            try { positional.AddRange(Ops.ToArray(star)); }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
            {
                throw PyErr.TypeError($"{CallableName(callee)} argument after * must be an iterable, not {star.Type.Name}");
            }
        }
        if (kwArgs is not null)
        {
            var kw = kwArgs.Eval(f);
            if (kw is not PyDict dict)
            {
                if (Ops.GetAttrOrNull(kw, "keys") is not { } keys)
                    throw PyErr.TypeError($"{CallableName(callee)} argument after ** must be a mapping, not {kw.Type.Name}");
                dict = new PyDict();
                foreach (var k in Ops.ToArray(keys.Call([], null))) dict.Set(k, Ops.GetItem(kw, k));
            }
            foreach (var (k, v) in dict.Items().ToList())
            {
                if (k is not PyBaseString ks) throw PyErr.TypeError($"{CallableName(callee)} keywords must be strings");
                if (names.Contains(ks.Value))
                    throw PyErr.TypeError($"{CallableName(callee)} got multiple values for keyword argument '{ks.Value}'");
                // A unicode key keeps its type in a Python function's **kwargs (Python 2 keeps u'' keys).
                names.Add(ks is PyUnicode && callee is PyFunction or PyMethod { Function: PyFunction } && ks is PyUnicode ? ArgumentBinder.UnicodeMarker + ks.Value : ks.Value);
                keywordValues.Add(v);
            }
        }
        positional.AddRange(keywordValues);
        return callee.Call(positional.ToArray(), names.Count == 0 ? null : names.ToArray());
    }

    public static string CallableName(PyObject callee) => callee switch
    {
        PyFunction fn => fn.Name + "()",
        PyMethod { Function: PyFunction mf } => mf.Name + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyType t => t.Name + "()",
        _ => callee.Type.Name + " object",
    };
}
