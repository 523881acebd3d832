using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>object and type: instance creation, the default special methods, class creation.</summary>
public static class ObjectType
{
    public static void Setup()
    {
        var o = BuiltinTypes.Object;
        o.NewFunc = (cls, args, kw) =>
        {
            if ((args.Length > 0 || kw is { Length: > 0 }) && cls.Lookup("__init__") is PyBuiltinMethodDescriptor { Owner: var owner } && owner == BuiltinTypes.Object)
                throw PyErr.TypeError("object() takes no parameters");
            CheckNotAbstract(cls);
            if (cls.SolidBase != BuiltinTypes.Object && cls != BuiltinTypes.Object)
                return TypeCalls.NewFor(cls.SolidBase)(cls, args, kw);
            return new PyUserObject(cls);
        };
        Static(o, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls) throw PyErr.TypeError("object.__new__(X): X is not a type object");
            CheckNotAbstract(cls);
            if (cls.IsHeapType && cls.SolidBase != BuiltinTypes.Object) return TypeCalls.NewFor(cls.SolidBase)(cls, args[1..], kw);
            return cls.IsHeapType ? new PyUserObject(cls) : TypeCalls.NewFor(cls)(cls, args[1..], kw);
        });
        Def(o, "__init__", (self, args, kw) => PyNone.Instance);
        Def0(o, "__repr__", self => PyStr.From(self is PyUserObject u ? u.Repr() : self.Repr()));
        Def0(o, "__str__", self => PyStr.From(Ops.Repr(self)));
        Def0(o, "__hash__", self => PyInt.Get(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(self)));
        Def1(o, "__getattribute__", (self, name) =>
            self.TryGetAttr(Args.Str(name, "attribute name"), out var v) ? v : throw PyErr.NoAttribute(self, Ops.Str(name)));
        Def(o, "__setattr__", (self, args, kw) =>
        {
            Args.Count("__setattr__", args, kw, 2, 2);
            self.SetAttr(Args.Str(args[0], "attribute name"), args[1]);
            return PyNone.Instance;
        });
        Def1(o, "__delattr__", (self, name) => { self.DelAttr(Args.Str(name, "attribute name")); return PyNone.Instance; });
        ObjectReduce.Setup(o);
        // Abstract base classes ask each class first (PEP 3119); object has no opinion.
        ClassMethod(o, "__subclasshook__", (args, kw) => PyNotImplemented.Instance);
        Def0(o, "__sizeof__", self => PyInt.Get(16));
        Def(o, "__format__", (self, args, kw) =>
        {
            Args.Count("__format__", args, kw, 1, 1);
            return Formatting.FormatBuiltin(self, Ops.Str(args[0]));
        });
        o.Dict.SetStr("__class__", new PyGetSetDescriptor("__class__", self => self is PyInstance i ? i.Class : self.Type, (self, value) =>
        {
            if (self is PyUserObject u && value is PyType t && t.IsHeapType) { u.SetClass(t); return; }
            throw PyErr.TypeError("__class__ assignment: only for heap types");
        }));
        o.Dict.SetStr("__dict__", new PyGetSetDescriptor("__dict__",
            self => self.InstanceDict ?? throw PyErr.AttributeError($"'{self.Type.Name}' object has no attribute '__dict__'")));
        o.Dict.SetStr("__doc__", PyStr.From("The most base type"));

        var t = BuiltinTypes.Type;
        TypeFlags.SetupAbstractMethods(t);
        t.NewFunc = (cls, args, kw) =>
        {
            if (args.Length == 1 && kw is null) return args[0] is PyInstance ? BuiltinTypes.InstanceType : args[0].Type;
            if (args.Length != 3) throw PyErr.TypeError("type() takes 1 or 3 arguments");
            var bases = args[1] as PyTuple ?? throw PyErr.TypeError("type() argument 2 must be tuple");
            var dict = args[2] as PyDict ?? throw PyErr.TypeError("type() argument 3 must be dict");
            return TypeCalls.NewHeapType(cls, Ops.Str(args[0]), bases, dict);
        };
        Static(t, "__new__", (args, kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType meta) throw PyErr.TypeError("type.__new__(X): X is not a type object");
            return t.NewFunc(meta, args[1..], kw);
        });
        Def(t, "__init__", (self, args, kw) => PyNone.Instance);
        Def0(t, "mro", self => new PyList(((PyType)self).FullMro.ToArray()));
        Def0(t, "__subclasses__", self => new PyList(((PyType)self).Subclasses.Cast<PyObject>().ToArray()));
        Def(t, "__call__", (self, args, kw) => TypeCalls.CallType((PyType)self, args, kw));
        Def1(t, "__instancecheck__", (self, inst) => PyBool.Of(TypeChecks.IsInstanceRaw(inst, self)));
        Def1(t, "__subclasscheck__", (self, sub) => PyBool.Of(TypeChecks.IsSubclassRaw(sub, self)));
    }

    /// <summary>A class whose own __abstractmethods__ is non-empty cannot be instantiated (PEP 3119, object_new).</summary>
    private static void CheckNotAbstract(PyType cls)
    {
        if (!cls.IsHeapType || cls.Dict.GetStrOrNull("__abstractmethods__") is not { } abstracts || !Ops.IsTrue(abstracts)) return;
        var names = Ops.ToArray(abstracts).Select(Ops.Str).Order(StringComparer.Ordinal);
        throw PyErr.TypeError($"Can't instantiate abstract class {cls.Name} with abstract methods {string.Join(", ", names)}");
    }
}
