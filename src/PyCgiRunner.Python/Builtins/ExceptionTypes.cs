using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>BaseException's constructor, attributes and methods, shared by the whole hierarchy.</summary>
public static class ExceptionTypes
{
    public static void Setup()
    {
        var b = BuiltinTypes.BaseException;
        b.NewFunc = (cls, args, kw) =>
        {
            var e = new PyBaseException(cls);
            e.Initialize(args[..(args.Length - (kw?.Length ?? 0))]);
            return e;
        };
        Def(b, "__init__", (self, args, kw) =>
        {
            if (kw is { Length: > 0 }) throw PyErr.TypeError($"{self.Type.Name} does not take keyword arguments");
            ((PyBaseException)self).Initialize(args);
            return PyNone.Instance;
        });
        Def0(b, "__str__", self => PyStr.From(((PyBaseException)self).Str()));
        Def0(b, "__repr__", self => PyStr.From(((PyBaseException)self).Repr()));
        Def0(b, "__unicode__", self =>
        {
            var e = (PyBaseException)self;
            // issue6108: a subclass's own __str__ decides what unicode() says.
            if (self.Type.LookupOverride("__str__") is not null) return new PyUnicode(Codecs.DecodeDefault(Ops.Str(self)));
            return e.Args.Count == 1 && e.Args[0] is PyUnicode u ? u : new PyUnicode(Codecs.DecodeDefault(e.Str()));
        });
        Def1(b, "__getitem__", (self, i) => ((PyBaseException)self).Args.GetItem(i));
        Def0(b, "__reduce__", self => new PyTuple(self.Type, ((PyBaseException)self).Args));
        b.Dict.SetStr("args", new PyGetSetDescriptor("args", self => ((PyBaseException)self).Args,
            (self, v) => ((PyBaseException)self).Args = PyTuple.Of(Ops.ToArray(v))));
        b.Dict.SetStr("message", new PyGetSetDescriptor("message", self => ((PyBaseException)self).MessageAttr,
            (self, v) => ((PyBaseException)self).MessageAttr = v));
    }
}
