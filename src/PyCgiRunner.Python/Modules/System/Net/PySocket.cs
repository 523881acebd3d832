using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// _socket.socket (CPython 2.7 Modules/socketmodule.c) under the sandbox policy: a socket is made, configured
/// (timeouts, options), duplicated and closed as in CPython and holds a descriptor of the run, but it never
/// reaches a network: connect and sendto fail as on a machine with no route (ENETUNREACH), bind and listen are
/// refused (EACCES), both naming the policy. What CPython answers for a socket that is not connected without
/// asking the network (recv: ENOTCONN, send: EPIPE, accept: EINVAL, getsockname: the any address) is answered
/// the same way.
/// </summary>
[PythonType]
internal sealed partial class PySocket : PyObject, IDisposable
{
    public static readonly PyType TypeObject = CreateType();

    private const int SockStream = 1, SockDgram = 2, SockRaw = 3, SockRdm = 4, SockSeqpacket = 5;

    private readonly PyType _type;
    private readonly PyDict? _dict;
    private readonly Dictionary<(long Level, long Option), PyObject> _options = new();
    private int _fd = -1;

    private PySocket(PyType type)
    {
        _type = type;
        if (type.HasInstanceDict) _dict = new PyDict();
    }

    public override PyType Type => _type;
    public override PyDict? InstanceDict => _dict;
    public override string Repr() => $"<socket object, fd={_fd}, family={Family}, type={Kind}, protocol={Protocol}>";

    [PythonGetter("family")] public long Family { get; private set; } = SocketAddress.AfInet;
    [PythonGetter("type")] public long Kind { get; private set; } = SockStream;
    [PythonGetter("proto")] public long Protocol { get; private set; }

    /// <summary>The timeout in seconds; null blocks (None), 0.0 is non-blocking.</summary>
    public double? TimeoutSeconds { get; private set; }

    [PythonGetter("timeout")] public PyObject TimeoutValue => TimeoutSeconds is { } t ? new PyFloat(t) : PyNone.Instance;

    [PythonFunction("__init__", Keywords = true)]
    public void Init(int family = 2, int type = 1, int proto = 0)
    {
        if (family is not ((int)SocketAddress.AfUnix or (int)SocketAddress.AfInet or (int)SocketAddress.AfInet6))
            throw SocketErrors.Os(97, "Address family not supported by protocol");
        if (type is not (SockStream or SockDgram or SockRaw or SockRdm or SockSeqpacket)) throw SocketErrors.Os(22, "Invalid argument");
        if (type is SockRdm || (type is SockSeqpacket && family != (int)SocketAddress.AfUnix) || (type is SockRaw && family == (int)SocketAddress.AfUnix))
            throw SocketErrors.Os(94, "Socket type not supported");
        Open(family, type, proto, SocketState.Current.DefaultTimeout);
    }

    private void Open(long family, long type, long proto, double? timeout)
    {
        if (_fd >= 0) Close();
        Family = family;
        Kind = type;
        Protocol = proto;
        TimeoutSeconds = timeout;
        _fd = RunDescriptors.Current.Add(this);
    }

    private void CheckOpen()
    {
        if (_fd < 0) throw SocketErrors.BadDescriptor();
    }

    private bool IsStream => Kind is SockStream or SockSeqpacket;

    [PythonFunction("close")]
    public void Close()
    {
        if (_fd < 0) return;
        var table = RunDescriptors.Current;
        if (table.Get(_fd) == this) table.Remove(_fd, out _);
        _fd = -1;
    }

    void IDisposable.Dispose() => _fd = -1;

    [PythonFunction("fileno")]
    public long Fileno() => _fd;

    [PythonFunction("dup")]
    public PySocket Dup()
    {
        CheckOpen();
        var copy = new PySocket(TypeObject);
        copy.Open(Family, Kind, Protocol, TimeoutSeconds);
        foreach (var (key, value) in _options) copy._options[key] = value;
        return copy;
    }

    /// <summary>socket.fromfd: a new socket on a duplicate of a descriptor the run holds.</summary>
    public static PySocket FromDescriptor(long fd, long family, long type, long proto)
    {
        if (RunDescriptors.Current.Get(fd) is null) throw SocketErrors.BadDescriptor();
        var s = new PySocket(TypeObject);
        s.Open(family, type, proto, SocketState.Current.DefaultTimeout);
        return s;
    }

    [PythonFunction("gettimeout")]
    public PyObject GetTimeout() => TimeoutValue;

    [PythonFunction("settimeout")]
    public void SetTimeout(PyObject value) => TimeoutSeconds = SocketState.TimeoutArg(value);

    [PythonFunction("setblocking")]
    public void SetBlocking(PyObject flag)
    {
        CheckOpen();
        TimeoutSeconds = ArgBinding.ToLong(flag) != 0 ? null : 0.0;
    }

    private static PyType CreateType()
    {
        var t = new PyType("socket", BuiltinTypes.Object);
        t.Dict.SetStr("__module__", PyStr.From("_socket"));
        t.Dict.SetStr("__doc__", PyStr.From("socket([family[, type[, proto]]]) -> socket object\n\nA socket of the family (AF_INET by default) and type (SOCK_STREAM by default).\nIn PyCgiRunner no socket reaches a network: connecting fails as with no route,\nand binding or listening is refused (sandbox policy)."));
        t.NewFunc = (cls, args, kw) => new PySocket(cls);
        DefineMembers(t);
        return t;
    }
}
