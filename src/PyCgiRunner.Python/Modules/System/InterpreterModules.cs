using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>imp and types: the interpreter's own introspection modules, mapped onto this engine.</summary>
public static class InterpreterModules
{
    public static PyModule CreateImp(PyContext ctx)
    {
        var b = new ModuleBuilder("imp");
        b.Fn("acquire_lock", (a, k) => None).Fn("release_lock", (a, k) => None).Fn("lock_held", (a, k) => PyBool.False);
        b.Fn("new_module", (a, k) => { Args.Count("new_module", a, k, 1, 1); return new PyModule(Args.Str(a[0], "name")); });
        b.Value("reload", ctx.Builtins.GetStrOrNull("reload") ?? None);
        b.Fn("is_builtin", (a, k) => PyInt.Get(PyContext.Current.Engine.NativeModules.Contains(Args.Str(a[0], "name")) ? 1 : 0));
        b.Fn("get_magic", (a, k) => PyStr.From("\x03\xf3\r\n"));
        b.Fn("get_suffixes", (a, k) => new PyList([new PyTuple(Str(".py"), Str("U"), PyInt.Get(1))]));
        b.Value("PY_SOURCE", 1).Value("PY_COMPILED", 2).Value("C_EXTENSION", 3).Value("PKG_DIRECTORY", 5).Value("C_BUILTIN", 6);
        b.Fn("load_source", (a, k) =>
        {
            Args.Count("load_source", a, k, 2, 3);
            return LoadSource(Args.Str(a[0], "name"), PathArg(a[1]));
        });
        b.Fn("find_module", (a, k) => throw PyErr.ImportError("No module named " + Args.Str(a[0], "name")));
        return b;
    }

    /// <summary>imp.load_source: runs the file as module `name` (replacing any module of that name in sys.modules).</summary>
    private static PyObject LoadSource(string name, string path)
    {
        var ctx = PyContext.Current;
        var full = ctx.Platform.ResolvePath(path);
        var code = Os(path, () => ctx.Engine.CompileFile(full, path, p =>
        {
            using var stream = ctx.Platform.OpenFile(p, FileMode.Open, FileAccess.Read);
            using var ms = new MemoryStream();
            stream.CopyTo(ms);
            return ms.ToArray();
        }));
        var module = ctx.Modules.GetStrOrNull(name) as PyModule ?? new PyModule(name);
        module.Dict.SetStr("__file__", Str(path));
        module.Dict.SetStr("__builtins__", ctx.BuiltinsModule);
        ctx.Modules.SetStr(name, module);
        CodeExecution.RunModuleCode(ctx, code, module.Dict);
        return ctx.Modules.GetStrOrNull(name) ?? module;
    }

    public static PyModule CreateTypes(PyContext ctx)
    {
        var b = new ModuleBuilder("types", "Define names for all type symbols known in the standard interpreter.");
        var bt = typeof(BuiltinTypes);
        (string, PyType)[] names =
        [
            ("NoneType", BuiltinTypes.NoneType), ("TypeType", BuiltinTypes.Type), ("ObjectType", BuiltinTypes.Object),
            ("IntType", BuiltinTypes.Int), ("LongType", BuiltinTypes.Long), ("FloatType", BuiltinTypes.Float),
            ("BooleanType", BuiltinTypes.Bool), ("ComplexType", BuiltinTypes.Complex), ("StringType", BuiltinTypes.Str),
            ("UnicodeType", BuiltinTypes.Unicode), ("TupleType", BuiltinTypes.Tuple), ("ListType", BuiltinTypes.List),
            ("DictType", BuiltinTypes.Dict), ("DictionaryType", BuiltinTypes.Dict), ("FunctionType", BuiltinTypes.Function),
            ("LambdaType", BuiltinTypes.Function), ("CodeType", BuiltinTypes.Code), ("GeneratorType", BuiltinTypes.Generator),
            ("ClassType", BuiltinTypes.ClassObj), ("InstanceType", BuiltinTypes.InstanceType),
            ("MethodType", BuiltinTypes.InstanceMethod), ("UnboundMethodType", BuiltinTypes.InstanceMethod),
            ("BuiltinFunctionType", BuiltinTypes.BuiltinFunction), ("BuiltinMethodType", BuiltinTypes.BuiltinFunction),
            ("ModuleType", BuiltinTypes.Module), ("FileType", BuiltinTypes.File), ("XRangeType", BuiltinTypes.XRange),
            ("SliceType", BuiltinTypes.Slice), ("EllipsisType", BuiltinTypes.Ellipsis), ("TracebackType", BuiltinTypes.Traceback),
            ("FrameType", BuiltinTypes.FrameType), ("GetSetDescriptorType", BuiltinTypes.GetSetDescriptor),
            ("MemberDescriptorType", BuiltinTypes.MemberDescriptor), ("NotImplementedType", BuiltinTypes.NotImplementedType),
            ("DictProxyType", BuiltinTypes.DictProxy),
        ];
        foreach (var (name, type) in names) b.Value(name, type);
        // buffer() is a function here (it returns a str); the type name must still exist for isinstance checks.
        b.Value("BufferType", s_buffer);
        b.Value("StringTypes", new PyTuple(BuiltinTypes.Str, BuiltinTypes.Unicode));
        return b;
    }

    private static readonly PyType s_buffer = NewType("buffer", "__builtin__");
}
