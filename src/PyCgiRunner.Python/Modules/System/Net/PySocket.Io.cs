using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>Connecting, listening and moving data: where the sandbox policy refuses, or a socket that is not connected answers.</summary>
internal sealed partial class PySocket
{
    [PythonFunction("connect")]
    public void Connect(PyObject address)
    {
        CheckOpen();
        var errno = ConnectError(address);
        throw errno == 101 ? SocketErrors.Unreachable() : SocketErrors.Os(13, "Permission denied: " + SocketErrors.Policy);
    }

    /// <summary>connect_ex: the errno of the refusal; the address's own errors still raise.</summary>
    [PythonFunction("connect_ex")]
    public long ConnectEx(PyObject address)
    {
        CheckOpen();
        return ConnectError(address);
    }

    /// <summary>Checks and resolves the address as connect does, then answers the policy's errno.</summary>
    private int ConnectError(PyObject address)
    {
        SocketAddress.Parse(Family, address);
        // A local (AF_UNIX) peer would be another program on the host: refused like a port of our own.
        return Family == SocketAddress.AfUnix ? 13 : 101;
    }

    [PythonFunction("bind")]
    public void Bind(PyObject address)
    {
        CheckOpen();
        SocketAddress.Parse(Family, address);
        throw SocketErrors.NoListening();
    }

    [PythonFunction("listen")]
    public void Listen(int backlog)
    {
        CheckOpen();
        throw SocketErrors.NoListening();
    }

    /// <summary>No socket ever listens (listen is refused), so accept finds none, as CPython's does on an unlistened socket.</summary>
    [PythonFunction("accept")]
    public PyObject Accept()
    {
        CheckOpen();
        throw IsStream ? SocketErrors.Os(22, "Invalid argument") : SocketErrors.Os(95, "Operation not supported");
    }

    [PythonFunction("send")]
    public long Send(PyObject data, int flags = 0)
    {
        CheckOpen();
        DataArg(data, "send");
        throw NotConnectedForSending();
    }

    [PythonFunction("sendall")]
    public void SendAll(PyObject data, int flags = 0)
    {
        CheckOpen();
        DataArg(data, "sendall");
        throw NotConnectedForSending();
    }

    /// <summary>sendto(data[, flags], address): the datagram would need a route.</summary>
    [PythonFunction("sendto")]
    public long SendTo(PyObject data, PyObject flagsOrAddress, PyObject? address = null)
    {
        CheckOpen();
        DataArg(data, "sendto");
        if (address is not null) ArgBinding.ToInt(flagsOrAddress);
        SocketAddress.Parse(Family, address ?? flagsOrAddress);
        if (IsStream) throw SocketErrors.Os(32, "Broken pipe");
        throw SocketErrors.Unreachable();
    }

    // A stream socket that never connected: the kernel reports a broken pipe; a datagram socket lacks a peer.
    private PythonException NotConnectedForSending() =>
        IsStream ? SocketErrors.Os(32, "Broken pipe") : SocketErrors.Os(89, "Destination address required");

    [PythonFunction("recv")]
    public PyObject Recv(int bufsize, int flags = 0)
    {
        CheckOpen();
        if (bufsize < 0) throw PyErr.ValueError("negative buffersize in recv");
        throw NothingToReceive();
    }

    [PythonFunction("recvfrom")]
    public PyObject RecvFrom(int bufsize, int flags = 0)
    {
        CheckOpen();
        if (bufsize < 0) throw PyErr.ValueError("negative buffersize in recvfrom");
        throw NothingToReceive();
    }

    [PythonFunction("recv_into", Keywords = true)]
    public long RecvInto(PyObject buffer, int nbytes = 0, int flags = 0)
    {
        CheckOpen();
        if (nbytes < 0) throw PyErr.ValueError("negative buffersize in recv_into");
        throw NothingToReceive();
    }

    [PythonFunction("recvfrom_into", Keywords = true)]
    public PyObject RecvFromInto(PyObject buffer, int nbytes = 0, int flags = 0)
    {
        CheckOpen();
        if (nbytes < 0) throw PyErr.ValueError("negative buffersize in recvfrom_into");
        throw NothingToReceive();
    }

    /// <summary>
    /// Nothing can ever arrive: a stream socket is not connected (ENOTCONN); a datagram socket would wait for a
    /// sender that cannot exist, so it times out after its timeout, is "would block" when non-blocking, and is
    /// refused by policy when it would wait forever.
    /// </summary>
    private PythonException NothingToReceive()
    {
        if (IsStream) return SocketErrors.Os(107, "Transport endpoint is not connected");
        if (TimeoutSeconds is 0.0) return SocketErrors.Os(11, "Resource temporarily unavailable");
        if (TimeoutSeconds is { } seconds)
        {
            var ctx = PyContext.Current;
            ctx.Platform.Sleep(TimeSpan.FromSeconds(seconds), ctx.Limits.Cancellation);
            return SocketErrors.TimedOut();
        }
        return SocketErrors.Unreachable();
    }

    private static void DataArg(PyObject data, string function)
    {
        if (data is PyStr or PyUnicode || data.Type == BuiltinTypes.ByteArray || data is PyBuffer || data is PyMemoryView) return;
        throw PyErr.TypeError($"{function}() argument 1 must be string or buffer, not {data.Type.Name}");
    }
}
