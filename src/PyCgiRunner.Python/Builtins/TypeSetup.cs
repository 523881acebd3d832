using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Builtins;

/// <summary>Fills the builtin types' dicts with their methods and constructors, once per process.</summary>
public static class TypeSetup
{
    private static bool s_done;

    public static void Initialize()
    {
        if (s_done) return;
        s_done = true;
        ObjectType.Setup();
        NumberTypes.Setup();
        StrType.Setup();
        ListType.Setup();
        DictType.Setup();
        DictViewType.Setup();
        TupleType.Setup();
        SetType.Setup();
        DictProxyType.Setup();
        MiscTypes.Setup();
        GeneratorType.Setup();
        ExceptionTypes.Setup();
        FileType.Setup();
    }

    public static void Def(PyType type, string name, BuiltinMethodBody body, string? doc = null)
        => type.Dict.SetStr(name, new PyBuiltinMethodDescriptor(name, type, body) { Doc = doc });

    /// <summary>A method taking no arguments.</summary>
    public static void Def0(PyType type, string name, Func<PyObject, PyObject> body, string? doc = null)
        => Def(type, name, (self, args, kw) => { Args.Count(name, args, kw, 0, 0); return body(self); }, doc);

    /// <summary>A method taking exactly one argument.</summary>
    public static void Def1(PyType type, string name, Func<PyObject, PyObject, PyObject> body)
        => Def(type, name, (self, args, kw) => { Args.Count(name, args, kw, 1, 1); return body(self, args[0]); });

    public static void Static(PyType type, string name, BuiltinFunctionBody body)
        => type.Dict.SetStr(name, new PyStaticMethod(new PyBuiltinFunction(name, body)));

    public static void ClassMethod(PyType type, string name, BuiltinFunctionBody body)
        => type.Dict.SetStr(name, new PyClassMethod(new PyBuiltinFunction(name, body)));

    public static void Attr(PyType type, string name, Func<PyObject, PyObject> get)
        => type.Dict.SetStr(name, new PyGetSetDescriptor(name, get));
}
