using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.Data.Functools;

/// <summary>
/// functools.partial (CPython 2.7's Modules/_functoolsmodule.c): a callable that prepends stored positional
/// arguments and merges stored keywords (the call's win). func, args and keywords are read-only; the instance
/// has a __dict__ and accepts weak references; pickling goes through __reduce__ and __setstate__.
/// </summary>
[PythonType]
internal sealed partial class Partial : PyObject, IWeakReferenceable, ITraversable
{
    public static readonly PyType TypeObject = CreateType();

    private readonly PyType _type;
    private PyDict? _dict;

    public PyObject Function { get; private set; }
    public PyTuple Args { get; private set; }
    public PyDict Keywords { get; private set; }

    private Partial(PyType type, PyObject function, PyTuple args, PyDict keywords)
    {
        _type = type;
        Function = function;
        Args = args;
        Keywords = keywords;
    }

    public override PyType Type => _type;
    // The dict exists once used (pto->dict is NULL until then, and __reduce__ shows None).
    public override PyDict? InstanceDict => _dict;

    public override void SetAttr(string name, PyObject value)
    {
        if (_type.Lookup(name) is not IDataDescriptor) _dict ??= new PyDict();
        base.SetAttr(name, value);
    }

    /// <summary>partial_traverse: the function, the stored arguments and keywords, the dict.</summary>
    public void Traverse(Action<PyObject> visit)
    {
        visit(Function);
        visit(Args);
        visit(Keywords);
        if (_dict is not null) visit(_dict);
    }

    private static PyType CreateType()
    {
        var t = SystemSupport.NewType("partial", "functools");
        t.Dict.SetStr("__doc__", PyStr.From("partial(func, *args, **keywords) - a callable that calls func with these arguments first\nand these keywords, merged with those of each call.\n"));
        t.NewFunc = New;
        t.Dict.SetStr("__call__", new PyBuiltinMethodDescriptor("__call__", t, (self, args, kw) => ((Partial)self).CallFunction(args, kw)) { Doc = "Calls the function with the stored and the given arguments." });
        ReadOnly(t, "func", p => p.Function);
        ReadOnly(t, "args", p => p.Args);
        ReadOnly(t, "keywords", p => p.Keywords);
        t.Dict.SetStr("__dict__", new PyGetSetDescriptor("__dict__", self => ((Partial)self)._dict ??= new PyDict(),
            (self, value) => ((Partial)self)._dict = value as PyDict ?? throw PyErr.TypeError("setting partial object's dictionary to a non-dict"),
            _ => throw PyErr.TypeError("a partial object's dictionary may not be deleted")));
        DefineMembers(t);
        return t;
    }

    // READONLY members: assignment is a TypeError, as PyMember_SetOne makes it.
    private static void ReadOnly(PyType t, string name, Func<Partial, PyObject> get)
        => t.Dict.SetStr(name, new PyGetSetDescriptor(name, self => get((Partial)self),
            (_, _) => throw PyErr.TypeError("readonly attribute"), _ => throw PyErr.TypeError("readonly attribute")));

    /// <summary>partial_new: at least the function, which must be callable; the keywords are copied.</summary>
    private static PyObject New(PyType cls, PyObject[] args, string[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        if (nPos < 1) throw PyErr.TypeError("type 'partial' takes at least one argument");
        if (!BuiltinFunctions.IsCallable(args[0])) throw PyErr.TypeError("the first argument must be callable");
        var keywords = new PyDict();
        for (var i = 0; i < nKw; i++) keywords.SetStr(kwNames![i], args[nPos + i]);
        return new Partial(cls, args[0], new PyTuple(args[1..nPos]), keywords);
    }

    /// <summary>partial_call: stored arguments first, then the call's; the call's keywords override stored ones.</summary>
    public override PyObject Call(PyObject[] args, string[]? kwNames)
    {
        // Nested partials call each other in C# with no Python frame between: PyObject_Call's recursion check.
        using var guard = RecursionGuard.Enter(" while calling a Python object");
        if (_type.IsHeapType && _type.LookupOverride("__call__") is { } own) return TypeCalls.CallBound(own, this, args, kwNames);
        return CallFunction(args, kwNames);
    }

    private PyObject CallFunction(PyObject[] args, string[]? kwNames)
    {
        var nKw = kwNames?.Length ?? 0;
        var nPos = args.Length - nKw;
        var merged = Keywords.Copy();
        for (var i = 0; i < nKw; i++) merged.SetStr(kwNames![i], args[nPos + i]);
        var stored = Args.Count;
        var full = new PyObject[stored + nPos + merged.Count];
        for (var i = 0; i < stored; i++) full[i] = Args[i];
        Array.Copy(args, 0, full, stored, nPos);
        var names = new string[merged.Count];
        var k = 0;
        foreach (var (key, value) in merged.Items())
        {
            names[k] = Ops.Str(key);
            full[stored + nPos + k++] = value;
        }
        return Function.Call(full, names.Length == 0 ? null : names);
    }

    /// <summary>(type(p), (func,), (func, args, keywords, __dict__ or None)).</summary>
    [PythonFunction("__reduce__")]
    public PyObject Reduce()
        => new PyTuple(_type, new PyTuple(Function), new PyTuple(Function, Args, Keywords, (PyObject?)_dict ?? PyNone.Instance));

    /// <summary>partial_setstate: a 4-tuple (callable, tuple, dict or None, dict or None), else "invalid partial state".</summary>
    [PythonFunction("__setstate__")]
    public void SetState(PyObject state)
    {
        if (state is not PyTuple { Count: 4 } t || !BuiltinFunctions.IsCallable(t[0]) || t[1] is not PyTuple args
            || (t[2] is not PyNone && t[2] is not PyDict))
            throw PyErr.TypeError("invalid partial state");
        Function = t[0];
        Args = args.Type == BuiltinTypes.Tuple ? args : new PyTuple(Ops.ToArray(args));
        Keywords = t[2] is PyDict kw ? (kw.Type == BuiltinTypes.Dict ? kw : kw.Copy()) : new PyDict();
        _dict = t[3] as PyDict;
    }
}
