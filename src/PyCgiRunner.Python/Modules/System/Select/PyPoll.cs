using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Select;

/// <summary>select.poll's object: registered files report the events they asked for that a file always has (in, out).</summary>
[PythonType]
internal sealed partial class PyPoll : PyObject
{
    public static readonly PyType TypeObject = CreateType();

    private const long DefaultMask = SelectModule.POLLIN | SelectModule.POLLPRI | SelectModule.POLLOUT;
    private const long AlwaysReady = SelectModule.POLLIN | SelectModule.POLLOUT | SelectModule.POLLRDNORM | SelectModule.POLLWRNORM;

    private readonly Dictionary<long, long> _registered = new();

    public override PyType Type => TypeObject;

    [PythonFunction("register")]
    public void Register(PyObject fd, long eventmask = DefaultMask)
    {
        var n = SelectModule.Descriptor(fd);
        _registered[n] = eventmask & 0xFFFF;
    }

    [PythonFunction("modify")]
    public void Modify(PyObject fd, long eventmask)
    {
        var n = SelectModule.Descriptor(fd);
        if (!_registered.ContainsKey(n)) throw PyErr.IOError(2, "No such file or directory");
        _registered[n] = eventmask & 0xFFFF;
    }

    [PythonFunction("unregister")]
    public void Unregister(PyObject fd)
    {
        var n = SelectModule.Descriptor(fd);
        if (!_registered.Remove(n)) throw PyErr.KeyError(fd);
    }

    /// <summary>poll([timeout]): the timeout is in milliseconds; a closed descriptor reports POLLNVAL as poll(2) does.</summary>
    [PythonFunction("poll")]
    public PyList Poll(PyObject? timeout = null)
    {
        double? seconds = null;
        if (timeout is not null and not PyNone)
        {
            if (timeout is not (PyInt or PyLong or PyFloat or PyBool)) throw PyErr.TypeError("timeout must be an integer or None");
            var ms = (long)Ops.ToDouble(timeout);
            if (ms >= 0) seconds = ms / 1000.0;
        }
        var ready = new PyList();
        foreach (var (fd, mask) in _registered)
        {
            if (fd > 2 && RunDescriptors.Current.Get(fd) is null)
            {
                ready.Append(new PyTuple(PyInt.Get(fd), PyInt.Get(SelectModule.POLLNVAL)));
                continue;
            }
            SelectModule.Check(fd);
            if ((mask & AlwaysReady) != 0) ready.Append(new PyTuple(PyInt.Get(fd), PyInt.Get(mask & AlwaysReady)));
        }
        if (ready.Count == 0) SelectModule.Wait(seconds);
        return ready;
    }

    private static PyType CreateType()
    {
        var t = new PyType("poll", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("select"));
        DefineMembers(t);
        return t;
    }
}
