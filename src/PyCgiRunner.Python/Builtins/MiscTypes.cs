using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>Constructors and methods of the smaller builtin types: slice, xrange, property, super, generator...</summary>
public static class MiscTypes
{
    public static void Setup()
    {
        BuiltinTypes.NoneType.NewFunc = null;
        BuiltinTypes.Slice.NewFunc = (cls, args, kw) =>
        {
            Args.Count("slice", args, kw, 1, 3);
            return args.Length switch
            {
                1 => new PySlice(PyNone.Instance, args[0], PyNone.Instance),
                2 => new PySlice(args[0], args[1], PyNone.Instance),
                _ => new PySlice(args[0], args[1], args[2]),
            };
        };
        Attr(BuiltinTypes.Slice, "start", s => ((PySlice)s).Start);
        Attr(BuiltinTypes.Slice, "stop", s => ((PySlice)s).Stop);
        Attr(BuiltinTypes.Slice, "step", s => ((PySlice)s).Step);
        Def1(BuiltinTypes.Slice, "indices", (self, n) =>
        {
            var (start, stop, step, _) = ((PySlice)self).Indices((int)Ops.ToLong(n));
            return new PyTuple(PyInt.Get(start), PyInt.Get(stop), PyInt.Get(step));
        });

        BuiltinTypes.XRange.NewFunc = (cls, args, kw) =>
        {
            Args.Count("xrange", args, kw, 1, 3);
            var v = args.Select(a => Args.Int(a, "xrange")).ToArray();
            return v.Length switch
            {
                1 => new PyXRange(0, v[0], 1),
                2 => new PyXRange(v[0], v[1], 1),
                _ => new PyXRange(v[0], v[1], v[2]),
            };
        };

        BuiltinTypes.Property.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind("property", args, kw, 0, "fget", "fset", "fdel", "doc");
            return new PyProperty(a[0] ?? PyNone.Instance, a[1] ?? PyNone.Instance, a[2] ?? PyNone.Instance, a[3] ?? PyNone.Instance)
            {
                Subtype = cls == BuiltinTypes.Property ? null : cls,
            };
        };
        Def1(BuiltinTypes.Property, "getter", (self, f) => { var p = (PyProperty)self; return new PyProperty(f, p.Setter, p.Deleter, p.Doc) { Subtype = p.Subtype }; });
        Def1(BuiltinTypes.Property, "setter", (self, f) => { var p = (PyProperty)self; return new PyProperty(p.Getter, f, p.Deleter, p.Doc) { Subtype = p.Subtype }; });
        Def1(BuiltinTypes.Property, "deleter", (self, f) => { var p = (PyProperty)self; return new PyProperty(p.Getter, p.Setter, f, p.Doc) { Subtype = p.Subtype }; });
        Def(BuiltinTypes.Property, "__get__", (self, args, kw) => ((PyProperty)self).Get(args[0] is PyNone ? null : args[0], args.Length > 1 && args[1] is PyType t ? t : args[0].Type));

        BuiltinTypes.StaticMethod.NewFunc = (cls, args, kw) => { Args.Count("staticmethod", args, kw, 1, 1); return new PyStaticMethod(args[0]); };
        BuiltinTypes.ClassMethod.NewFunc = (cls, args, kw) => { Args.Count("classmethod", args, kw, 1, 1); return new PyClassMethod(args[0]); };
        Attr(BuiltinTypes.StaticMethod, "__func__", s => ((PyStaticMethod)s).Function);
        Attr(BuiltinTypes.ClassMethod, "__func__", s => ((PyClassMethod)s).Function);
        Def(BuiltinTypes.StaticMethod, "__get__", (self, args, kw) => ((PyStaticMethod)self).Function);
        Def(BuiltinTypes.ClassMethod, "__get__", (self, args, kw) =>
            ((PyClassMethod)self).Get(args[0] is PyNone ? null : args[0], args.Length > 1 && args[1] is PyType t ? t : args[0].Type));
        Def(BuiltinTypes.Function, "__get__", (self, args, kw) =>
            new PyMethod(self, args[0] is PyNone ? null : args[0], args.Length > 1 ? args[1] : args[0].Type));
        // The function type lists its attributes as CPython does: struct members and getsets (types.py takes
        // MemberDescriptorType and GetSetDescriptorType from them).
        foreach (var member in new[] { "func_closure", "__closure__", "func_doc", "func_globals", "__globals__" })
            BuiltinTypes.Function.Dict.SetStr(member, new PyMemberDescriptor(member, BuiltinTypes.Function));
        foreach (var getset in new[] { "func_code", "__code__", "func_defaults", "__defaults__", "func_dict", "func_name" })
            Attr(BuiltinTypes.Function, getset, f => f.TryGetAttr(getset, out var v) ? v : PyNone.Instance);
        // Callables expose __call__ in their type (collections.Callable's check looks for it).
        foreach (var callable in new[] { BuiltinTypes.Function, BuiltinTypes.BuiltinFunction, BuiltinTypes.InstanceMethod, BuiltinTypes.MethodDescriptor, BuiltinTypes.ClassObj })
            Def(callable, "__call__", (self, args, kw) => self.Call(args, kw));

        BuiltinTypes.Super.NewFunc = (cls, args, kw) =>
        {
            Args.Count("super", args, kw, 1, 2);
            var type = args[0] as PyType ?? throw PyErr.TypeError("super() argument 1 must be type, not " + args[0].Type.Name);
            return new PySuper(type, args.Length > 1 ? args[1] : null);
        };

        var g = BuiltinTypes.Generator;
        Def0(g, "next", self => ((PyGenerator)self).Next(out var v) ? v : throw PyErr.StopIteration());
        Def1(g, "send", (self, v) => ((PyGenerator)self).Send(v));
        Def(g, "throw", (self, args, kw) =>
        {
            Args.Count("throw", args, kw, 1, 3);
            var e = Runtime.ExceptionFactory.Create(args[0], args.Length > 1 ? args[1] : null);
            return ((PyGenerator)self).Throw(e);
        });
        Def0(g, "close", self => { ((PyGenerator)self).Close(); return PyNone.Instance; });
        Def0(g, "__iter__", self => self);

        foreach (var it in BuiltinTypes.IteratorTypes)
        {
            Def0(it, "next", self => self.Next(out var v) ? v : throw PyErr.StopIteration());
            Def0(it, "__iter__", self => self);
        }
        BuiltinTypes.Enumerate.NewFunc = (cls, args, kw) =>
        {
            var a = Args.Bind("enumerate", args, kw, 1, "sequence", "start");
            return new EnumerateIterator(Ops.GetIter(a[0]!), a[1] is null ? 0 : Ops.ToLong(a[1]!));
        };
        BuiltinTypes.Reversed.NewFunc = (cls, args, kw) =>
        {
            Args.Count("reversed", args, kw, 1, 1);
            return BuiltinFunctions.Reversed(args[0]);
        };

        PyBuffer.TypeObject.NewFunc = (cls, args, kw) =>
        {
            Args.Count("buffer", args, kw, 1, 3);
            if (args[0] is not PyBaseString source) throw PyErr.TypeError("buffer object expected");
            var offset = args.Length > 1 ? (int)Ops.ToLong(args[1]) : 0;
            if (offset < 0) throw PyErr.ValueError("offset must be zero or positive");
            return new PyBuffer(source, offset, args.Length > 2 ? (int)Ops.ToLong(args[2]) : -1);
        };
        BuiltinTypes.BaseString.NewFunc = (cls, args, kw) => throw PyErr.TypeError("The basestring type cannot be instantiated");
        Def0(BuiltinTypes.Module, "__repr__", self => PyStr.From(self.Repr()));
        BuiltinTypes.Module.NewFunc = (cls, args, kw) =>
        {
            Args.Count("module", args, kw, 1, 2);
            var m = new PyModule(Ops.Str(args[0]));
            if (args.Length > 1) m.Dict.SetStr("__doc__", args[1]);
            return m;
        };
        BuiltinTypes.ClassObj.NewFunc = (cls, args, kw) =>
        {
            Args.Count("classobj", args, kw, 3, 3);
            return new PyClassic(Ops.Str(args[0]), ((PyTuple)args[1]).Items, (PyDict)args[2]);
        };
        BuiltinTypes.InstanceMethod.NewFunc = (cls, args, kw) =>
        {
            Args.Count("instancemethod", args, kw, 2, 3);
            return new PyMethod(args[0], args[1] is PyNone ? null : args[1], args.Length > 2 ? args[2] : null);
        };
        BuiltinTypes.InstanceType.NewFunc = (cls, args, kw) =>
        {
            var inst = new PyInstance((PyClassic)args[0]);
            if (args.Length > 1 && args[1] is PyDict d) inst.Dict.Update(d);
            return inst;
        };
    }
}

/// <summary>enumerate(iterable, start).</summary>
public sealed class EnumerateIterator(PyObject iterator, long start) : PyObject
{
    private long _index = start;
    public override PyType Type => BuiltinTypes.Enumerate;
    public override PyObject GetIter() => this;
    public override bool Next(out PyObject value)
    {
        if (!Ops.Next(iterator, out var item)) { value = null!; return false; }
        value = new PyTuple(PyInt.Get(_index++), item);
        return true;
    }
}
