using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// thread / dummy_thread: locks that work in a single-threaded run (a script never gets a second thread:
/// start_new_thread raises the sandbox error). A blocking acquire of a held lock would wait forever in CPython;
/// here it raises at once so the request does not hang until its deadline.
/// </summary>
public static class ThreadModule
{
    public static readonly PyType LockType = CreateLockType();

    private sealed class Lock : PyObject
    {
        public bool Held;
        public override PyType Type => LockType;
    }

    private static PyType CreateLockType()
    {
        var t = NewType("lock", "thread");
        BuiltinMethodBody acquire = (self, a, k) =>
        {
            var args = Args.Bind("acquire", a, k, 0, "blocking");
            var l = (Lock)self;
            var blocking = args[0] is null || Ops.IsTrue(args[0]!);
            if (!l.Held) { l.Held = true; return PyBool.True; }
            if (!blocking) return PyBool.False;
            throw PyErr.RuntimeError("deadlock: blocking acquire of a lock already held in a single-threaded PyCgiRunner run");
        };
        BuiltinMethodBody release = (self, a, k) =>
        {
            var l = (Lock)self;
            if (!l.Held) throw PyErr.New(ErrorType, "release unlocked lock");
            l.Held = false;
            return None;
        };
        TypeSetup.Def(t, "acquire", acquire);
        TypeSetup.Def(t, "acquire_lock", acquire);
        TypeSetup.Def(t, "__enter__", acquire);
        TypeSetup.Def(t, "release", release);
        TypeSetup.Def(t, "release_lock", release);
        TypeSetup.Def(t, "__exit__", release);
        TypeSetup.Def0(t, "locked", self => PyBool.Of(((Lock)self).Held));
        TypeSetup.Def0(t, "locked_lock", self => PyBool.Of(((Lock)self).Held));
        return t;
    }

    /// <summary>thread.error (CPython 2.7 makes it its own class); shared because the lock type raises it.</summary>
    public static readonly PyType ErrorType = CreateError();

    private static PyType CreateError()
    {
        var t = new PyType("error", BuiltinTypes.Exception) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", Str("thread"));
        return t;
    }

    public static PyModule Create(string name)
    {
        var b = new ModuleBuilder(name);
        b.Value("LockType", LockType).Value("error", ErrorType);
        BuiltinFunctionBody allocate = (a, k) => new Lock();
        b.Fn("allocate_lock", allocate).Fn("allocate", allocate);
        b.Fn("get_ident", (a, k) => PyInt.Get(1));
        b.Fn("start_new_thread", (a, k) => throw PyErr.New(ErrorType, "can't start new thread: threads are disabled in PyCgiRunner"));
        b.Fn("start_new", (a, k) => throw PyErr.New(ErrorType, "can't start new thread: threads are disabled in PyCgiRunner"));
        b.Fn("stack_size", (a, k) => PyInt.Get(0));
        b.Fn("_count", (a, k) => PyInt.Get(0));
        b.Fn("exit", (a, k) => throw PyErr.New(BuiltinTypes.SystemExit));
        b.Fn("interrupt_main", (a, k) => None);
        return b;
    }
}
