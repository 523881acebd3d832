using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// A socket address checked as CPython's getsockaddrarg checks it (the same messages for a wrong shape, port or
/// path), with the host resolved by <see cref="LocalResolver"/>.
/// </summary>
internal readonly record struct SocketAddress(long Family, byte[] Host, int Port, string? Path)
{
    public const long AfUnix = 1, AfInet = 2, AfInet6 = 10;

    public static SocketAddress Parse(long family, PyObject address)
    {
        switch (family)
        {
            case AfUnix:
                var path = address switch
                {
                    PyStr s => s.Value,
                    PyUnicode u => Codecs.EncodeDefault(u.Value),
                    _ => throw PyErr.TypeError($"argument must be string or read-only character buffer, not {address.Type.Name}"),
                };
                if (path.Length > 107) throw SocketErrors.Message("AF_UNIX path too long");
                return new SocketAddress(family, [], 0, path);
            case AfInet:
                var v4 = Shape(address, "AF_INET", 2, 2);
                var port4 = PortArg(v4[1]);
                return new SocketAddress(family, LocalResolver.ResolveV4(LocalResolver.HostArg(v4[0], "getsockaddrarg")), port4, null);
            case AfInet6:
                var v6 = Shape(address, "AF_INET6", 2, 4);
                var port6 = PortArg(v6[1]);
                if (v6.Count > 2 && ArgBinding.ToLong(v6[2]) is < 0 or > 0xFFFFF)
                    throw PyErr.OverflowError("getsockaddrarg: flowinfo must be 0-1048575.");
                return new SocketAddress(family, LocalResolver.ResolveV6(LocalResolver.HostArg(v6[0], "getsockaddrarg")), port6, null);
            default:
                throw SocketErrors.Message("getsockaddrarg: bad family");
        }
    }

    private static PyTuple Shape(PyObject address, string family, int min, int max)
    {
        if (address is not PyTuple t) throw PyErr.TypeError($"getsockaddrarg: {family} address must be tuple, not {address.Type.Name}");
        if (t.Count >= min && t.Count <= max) return t;
        var (how, n) = min == max ? ("exactly", min) : t.Count < min ? ("at least", min) : ("at most", max);
        throw PyErr.TypeError($"getsockaddrarg() takes {how} {n} arguments ({t.Count} given)");
    }

    private static int PortArg(PyObject o)
    {
        var port = ArgBinding.ToInt(o);
        return port is < 0 or > 65535 ? throw PyErr.OverflowError("getsockaddrarg: port must be 0-65535.") : port;
    }

    /// <summary>The Python form of an address (getsockname and the address functions): (host, port) or (host, port, 0, 0).</summary>
    public static PyObject ToPython(long family, byte[] host, int port) => family switch
    {
        AfInet6 => new PyTuple(PyStr.From(InetText.FormatIPv6(host)), PyInt.Get(port), PyInt.Get(0), PyInt.Get(0)),
        AfUnix => PyStr.Empty,
        _ => new PyTuple(PyStr.From(InetText.FormatIPv4(host)), PyInt.Get(port)),
    };
}
