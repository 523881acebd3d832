using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Modules.SystemModules.Net;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Select;

/// <summary>
/// select (CPython 2.7 Modules/selectmodule.c) under the sandbox policy. Files and the standard streams are always
/// ready, as regular files are for select(2); waiting on a socket would wait on the network and is refused naming
/// the policy; with nothing to wait on, select sleeps its timeout, as CPython's does. Library reference §17.1.
/// </summary>
[PythonModule("select", Doc = "Waiting for I/O completion on files and sockets.")]
internal static partial class SelectModule
{
    public static readonly PyType Error = CreateError();

    private static PyType CreateError()
    {
        var t = new PyType("error", BuiltinTypes.Exception) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("select"));
        return t;
    }

    [PythonConstant] public const long POLLIN = 1;
    [PythonConstant] public const long POLLPRI = 2;
    [PythonConstant] public const long POLLOUT = 4;
    [PythonConstant] public const long POLLERR = 8;
    [PythonConstant] public const long POLLHUP = 16;
    [PythonConstant] public const long POLLNVAL = 32;
    [PythonConstant] public const long POLLRDNORM = 64;
    [PythonConstant] public const long POLLRDBAND = 128;
    [PythonConstant] public const long POLLWRNORM = 256;
    [PythonConstant] public const long POLLWRBAND = 512;
    [PythonConstant] public const long POLLMSG = 1024;
    [PythonConstant] public const long PIPE_BUF = 4096;

    public static PythonException Refused() =>
        PyErr.New(Error, PyInt.Get(1), PyStr.From("Operation not permitted: " + SocketErrors.Policy));

    [PythonFunction(Doc = "select(rlist, wlist, xlist[, timeout]) -> (rlist, wlist, xlist)\n\nWaits until some of the objects (descriptors, or objects with fileno())\nare ready for reading, writing or an exceptional condition.")]
    public static PyTuple select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject? timeout = null)
    {
        double? seconds = null;
        if (timeout is not null and not PyNone)
        {
            if (timeout is not (PyInt or PyLong or PyFloat or PyBool)) throw PyErr.TypeError("timeout must be a float or None");
            seconds = Ops.ToDouble(timeout);
            if (seconds < 0) throw PyErr.New(Error, PyInt.Get(22), PyStr.From("Invalid argument"));
        }
        var lists = new[] { rlist, wlist, xlist }.Select(l => l is PyList or PyTuple ? Ops.ToArray(l) : throw PyErr.TypeError("arguments 1-3 must be sequences")).ToArray();
        var any = false;
        foreach (var list in lists)
            foreach (var item in list)
            {
                Check(Descriptor(item));
                any = true;
            }
        if (!any) Wait(seconds);
        // Files never block: all are readable and writable; none has an exceptional condition.
        return new PyTuple(new PyList(lists[0]), new PyList(lists[1]), new PyList());
    }

    [PythonFunction(Doc = "poll() -> poll object\n\nAn object that waits on registered descriptors (see its methods).")]
    public static PyPoll poll() => new();

    /// <summary>The descriptor of an entry: an int, or what its fileno() returns (selectmodule.c's messages).</summary>
    public static long Descriptor(PyObject item)
    {
        long fd;
        if (item is PyInt or PyLong) fd = Ops.ToLong(item);
        else if (Ops.TryGetAttr(item, "fileno", out var fileno))
        {
            var n = Ops.Call(fileno, [], null);
            fd = n is PyInt or PyLong ? Ops.ToLong(n) : throw PyErr.TypeError("fileno() returned a non-integer");
        }
        else throw PyErr.TypeError("argument must be an int, or have a fileno() method");
        return fd < 0 ? throw PyErr.ValueError($"file descriptor cannot be a negative integer ({fd})") : fd;
    }

    /// <summary>A descriptor select may wait on: the standard streams and the run's files; a socket is refused by policy.</summary>
    public static void Check(long fd)
    {
        if (fd <= 2) return;
        switch (RunDescriptors.Current.Get(fd))
        {
            case null: throw PyErr.New(Error, PyInt.Get(9), PyStr.From("Bad file descriptor"));
            case PySocket: throw Refused();
        }
    }

    /// <summary>Nothing to wait on: the timeout passes (forever for None, until the run's limits stop it).</summary>
    public static void Wait(double? seconds)
    {
        var ctx = PyContext.Current;
        var span = seconds is { } s ? TimeSpan.FromSeconds(Math.Min(s, TimeSpan.MaxValue.TotalSeconds / 2)) : Timeout.InfiniteTimeSpan;
        ctx.Platform.Sleep(span, ctx.Limits.Cancellation);
        ctx.CheckLimits();
    }

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx) => module.Dict.SetStr("error", Error);
}
