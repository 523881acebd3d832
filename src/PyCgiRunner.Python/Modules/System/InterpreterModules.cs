using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>types: the interpreter's own introspection modules, mapped onto this engine.</summary>
public static class InterpreterModules
{
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
