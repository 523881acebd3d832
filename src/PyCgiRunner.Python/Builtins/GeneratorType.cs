using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Builtins.TypeSetup;

namespace PyCgiRunner.Python.Builtins;

/// <summary>The generator type's methods and members (PEP 342; CPython 2.7's Objects/genobject.c).</summary>
public static class GeneratorType
{
    /// <summary>The docstring of every iterator's next, as CPython's (programs and test_generators print it).</summary>
    public const string NextDoc = "x.next() -> the next value, or raise StopIteration";

    public static void Setup()
    {
        var g = BuiltinTypes.Generator;
        // next() lets the body's own StopIteration out unchanged (a for loop treats it as the end).
        Def0(g, "next", self => ((PyGenerator)self).Resume(PyNone.Instance, null, out var v) ? v : throw PyErr.StopIteration(), NextDoc);
        Def1(g, "send", (self, v) => ((PyGenerator)self).Send(v));
        Def(g, "throw", (self, args, kw) =>
        {
            Args.Count("throw", args, kw, 1, 3);
            return ((PyGenerator)self).Throw(ThrownException(args));
        });
        Def0(g, "close", self => { ((PyGenerator)self).Close(); return PyNone.Instance; });
        Def0(g, "__iter__", self => self);
        Member(g, "gi_running", self => PyInt.Get(((PyGenerator)self).IsRunning ? 1 : 0));
        Member(g, "gi_frame", self => ((PyGenerator)self).FrameObject);
        Member(g, "gi_code", self => ((PyGenerator)self).Code.PyCode);
        Attr(g, "__name__", self => PyStr.From(((PyGenerator)self).Name));
    }

    /// <summary>A read-only member (READONLY in genobject.c): assigning to it is a TypeError.</summary>
    private static void Member(PyType type, string name, Func<PyObject, PyObject> get)
        => type.Dict.SetStr(name, new PyGetSetDescriptor(name, get, (_, _) => throw PyErr.TypeError("readonly attribute")));

    /// <summary>throw(type[, value[, traceback]]), checked as gen_throw checks it.</summary>
    private static PythonException ThrownException(PyObject[] args)
    {
        var type = args[0];
        var value = args.Length > 1 ? args[1] : null;
        var tb = args.Length > 2 && args[2] is not PyNone ? args[2] : null;
        if (tb is not null and not PyTraceback) throw PyErr.TypeError("throw() third argument must be a traceback object");
        var isClass = type is PyClassic || (type is PyType t && t.IsSubtypeOf(BuiltinTypes.BaseException));
        var isInstance = type is PyInstance || type.Type.IsSubtypeOf(BuiltinTypes.BaseException);
        if (!isClass && !isInstance)
            throw PyErr.TypeError($"exceptions must be classes, or instances, not {type.Type.Name}");
        var e = ExceptionFactory.Create(type, value);
        if (tb is PyTraceback traceback) e.ExplicitTraceback = traceback;
        return e;
    }
}
