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
        var keywordValues = new PyObject[kwNames.Length];
        for (var i = nPositional; i < args.Length; i++) keywordValues[i - nPositional] = args[i].Eval(f);
        if (starArgs is not null)
        {
            var star = starArgs.Eval(f);
            try { positional.AddRange(Ops.ToArray(star)); }
            catch (PythonException e) when (e.IsInstance(BuiltinTypes.TypeError))
            {
                throw PyErr.TypeError($"{CallableName(callee)} argument after * must be an iterable, not {star.Type.Name}");
            }
        }
        var kwDict = KeywordDictOf(callee, f, keywordValues);
        if (kwDict is null || kwDict.Count == 0) return callee.Call(positional.ToArray(), null);
        // The callee gets the keywords in the dict's table order, as CPython's function_call hands them on.
        var pythonFunction = callee is PyFunction or PyMethod { Function: PyFunction };
        var names = new string[kwDict.Count];
        var n = 0;
        foreach (var (k, v) in kwDict.Items().ToList())
        {
            if (k is not PyBaseString ks) throw PyErr.TypeError($"{CallableName(callee)} keywords must be strings");
            // A unicode key keeps its type in a Python function's **kwargs (Python 2 keeps u'' keys).
            names[n++] = ks is PyUnicode && pythonFunction ? ArgumentBinder.UnicodeMarker + ks.Value : ks.Value;
            positional.Add(v);
        }
        var saved = KeywordDict.Carry(names, kwDict);
        try { return callee.Call(positional.ToArray(), names); }
        finally { KeywordDict.Restore(saved); }
    }

    /// <summary>
    /// ext_do_call's keyword dict: the ** operand itself when it is a dict (else a dict filled from its keys()),
    /// and when the call also names keywords, a copy of that with them added last first (update_keyword_args).
    /// </summary>
    private PyDict? KeywordDictOf(PyObject callee, Frame f, PyObject[] keywordValues)
    {
        PyDict? kwDict = null;
        if (kwArgs is not null)
        {
            var kw = kwArgs.Eval(f);
            if (kw is PyDict given) kwDict = given;
            else
            {
                if (Ops.GetAttrOrNull(kw, "keys") is not { } keys)
                    throw PyErr.TypeError($"{CallableName(callee)} argument after ** must be a mapping, not {kw.Type.Name}");
                kwDict = new PyDict();
                foreach (var k in Ops.ToArray(keys.Call([], null))) kwDict.Set(k, Ops.GetItem(kw, k));
            }
        }
        if (kwNames.Length == 0) return kwDict;
        kwDict = kwDict is null ? new PyDict() : kwDict.Copy();
        for (var i = kwNames.Length - 1; i >= 0; i--)
        {
            var key = PyStr.From(kwNames[i]);
            if (kwDict.ContainsKey(key))
                throw PyErr.TypeError($"{CallableName(callee)} got multiple values for keyword argument '{kwNames[i]}'");
            kwDict.Set(key, keywordValues[i]);
        }
        return kwDict;
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
