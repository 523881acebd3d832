using System.Numerics;
using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// _socket (CPython 2.7 Modules/socketmodule.c, behind our stdlib-shims/socket.py) under the sandbox policy:
/// the constants of Linux, the error classes, sockets that never reach a network (<see cref="PySocket"/>), and the
/// functions that need no network: byte order, address text, well-known services, and names the machine knows
/// itself (<see cref="LocalResolver"/>). Library reference §17.2.
/// </summary>
[PythonModule("_socket", Doc = "The native half of the socket module (see socket).")]
internal static partial class SocketModule
{
    [PythonFunction(Doc = "gethostname() -> string\n\nThe name of this machine.")]
    public static string gethostname() => PosixModule.NodeName;

    [PythonFunction(Doc = "gethostbyname(host) -> address\n\nThe IPv4 address of a host as dotted-quad text.")]
    public static string gethostbyname(PyObject host)
        => InetText.FormatIPv4(LocalResolver.ResolveV4(LocalResolver.HostArg(host, "gethostbyname")));

    [PythonFunction(Doc = "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nA host's name, its other names and its IPv4 addresses.")]
    public static PyTuple gethostbyname_ex(PyObject host)
    {
        var name = LocalResolver.HostArg(host, "gethostbyname_ex");
        var address = LocalResolver.ResolveV4(name);
        return HostEntry(LocalResolver.IsOwnName(name) ? "localhost" : InetText.FormatIPv4(address), address);
    }

    [PythonFunction(Doc = "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nThe name, other names and addresses of the host at an address.")]
    public static PyTuple gethostbyaddr(PyObject host)
    {
        var text = LocalResolver.HostArg(host, "gethostbyaddr");
        var address = InetText.ParseIPv6(text) ?? LocalResolver.ResolveV4(text);
        return HostEntry(LocalResolver.NameOf(address), address);
    }

    private static PyTuple HostEntry(string name, byte[] address) => new(
        PyStr.From(name), new PyList(),
        new PyList([PyStr.From(address.Length == 4 ? InetText.FormatIPv4(address) : InetText.FormatIPv6(address))]));

    [PythonFunction(Doc = "getservbyname(servicename[, protocolname]) -> integer\n\nThe port of a named service, for 'tcp', 'udp' or any protocol.")]
    public static long getservbyname(string servicename, string? protocolname = null)
        => WellKnownServices.PortOf(servicename, protocolname) ?? throw SocketErrors.Message("service/proto not found");

    [PythonFunction(Doc = "getservbyport(port[, protocolname]) -> string\n\nThe name of the service at a port, for 'tcp', 'udp' or any protocol.")]
    public static string getservbyport(int port, string? protocolname = null)
    {
        if (port is < 0 or > 0xFFFF) throw PyErr.OverflowError("getservbyport: port must be 0-65535.");
        return WellKnownServices.NameOf(port, protocolname) ?? throw SocketErrors.Message("port/proto not found");
    }

    [PythonFunction(Doc = "getprotobyname(name) -> integer\n\nThe number of a named protocol.")]
    public static long getprotobyname(string name)
        => WellKnownServices.ProtocolNumber(name) ?? throw SocketErrors.Message("protocol not found");

    [PythonFunction(Doc = "htons(integer) -> integer\n\nA 16-bit number in network byte order.")]
    public static long htons(int x) => Swap16(x);

    [PythonFunction(Doc = "ntohs(integer) -> integer\n\nA 16-bit number in host byte order.")]
    public static long ntohs(int x) => Swap16(x);

    [PythonFunction(Doc = "htonl(integer) -> integer\n\nA 32-bit number in network byte order.")]
    public static PyObject htonl(PyObject x) => Swap32(x, "htonl");

    [PythonFunction(Doc = "ntohl(integer) -> integer\n\nA 32-bit number in host byte order.")]
    public static PyObject ntohl(PyObject x) => Swap32(x, "ntohl");

    private static long Swap16(int x)
    {
        if (x < 0) throw PyErr.OverflowError("can't convert negative number to unsigned long");
        return ((x & 0xFF) << 8) | ((x >> 8) & 0xFF);
    }

    /// <summary>The 32-bit swaps take an int or a long, keep its low 32 bits and answer a long (PyLong_FromUnsignedLong).</summary>
    private static PyObject Swap32(PyObject x, string function)
    {
        BigInteger v = x switch
        {
            PyInt i => i.Value,
            PyLong l => l.Value,
            _ => throw PyErr.TypeError($"expected int/long, {x.Type.Name} found"),
        };
        if (v < 0) throw PyErr.OverflowError("can't convert negative number to unsigned long");
        if (v > ulong.MaxValue) throw PyErr.OverflowError("long int too large to convert");
        var low = (uint)((ulong)v & 0xFFFFFFFF);
        return new PyLong(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(low));
    }

    [PythonFunction(Doc = "inet_aton(string) -> packed 32-bit IP representation\n\nThe four bytes of an IPv4 address written as text.")]
    public static PyStr inet_aton(PyObject packed)
    {
        var text = TextArg(packed, "inet_aton", 1);
        return PyStr.FromBytes(InetText.ParseLenient(text) ?? throw SocketErrors.Message("illegal IP address string passed to inet_aton"));
    }

    [PythonFunction(Doc = "inet_ntoa(packed_ip) -> ip_address_string\n\nThe dotted-quad text of four address bytes.")]
    public static string inet_ntoa(PyObject packed)
    {
        var bytes = PackedArg(packed, "inet_ntoa");
        return bytes.Length == 4 ? InetText.FormatIPv4(bytes) : throw SocketErrors.Message("packed IP wrong length for inet_ntoa");
    }

    [PythonFunction(Doc = "inet_pton(af, ip) -> packed IP address string\n\nThe bytes of an IPv4 or IPv6 address written as text.")]
    public static PyStr inet_pton(int af, PyObject ip)
    {
        var text = TextArg(ip, "inet_pton", 2);
        var packed = af switch
        {
            (int)SocketAddress.AfInet => InetText.ParseIPv4(text),
            (int)SocketAddress.AfInet6 => InetText.ParseIPv6(text),
            _ => throw SocketErrors.Os(97, "Address family not supported by protocol"),
        };
        return PyStr.FromBytes(packed ?? throw SocketErrors.Message("illegal IP address string passed to inet_pton"));
    }

    [PythonFunction(Doc = "inet_ntop(af, packed_ip) -> string formatted IP address\n\nThe text of IPv4 or IPv6 address bytes.")]
    public static string inet_ntop(int af, PyObject packed_ip)
    {
        var bytes = PackedArg(packed_ip, "inet_ntop");
        return af switch
        {
            (int)SocketAddress.AfInet => bytes.Length == 4 ? InetText.FormatIPv4(bytes) : throw PyErr.ValueError("invalid length of packed IP address string"),
            (int)SocketAddress.AfInet6 => bytes.Length == 16 ? InetText.FormatIPv6(bytes) : throw PyErr.ValueError("invalid length of packed IP address string"),
            _ => throw PyErr.ValueError($"unknown address family {af}"),
        };
    }

    private static string TextArg(PyObject o, string function, int position)
    {
        var text = o switch
        {
            PyStr s => s.Value,
            PyUnicode u => Codecs.EncodeDefault(u.Value),
            _ => throw PyErr.TypeError($"{function}() argument {position} must be string, not {o.Type.Name}"),
        };
        return text.Contains('\0') ? throw PyErr.TypeError($"{function}() argument {position} must be string without null bytes, not str") : text;
    }

    private static byte[] PackedArg(PyObject o, string function) => o switch
    {
        PyStr s => s.ToBytes(),
        PyBuffer or PyMemoryView => PyStr.From(Ops.Str(o)).ToBytes(),
        _ => throw PyErr.TypeError($"{function}() argument {(function == "inet_ntop" ? 2 : 1)} must be string or read-only buffer, not {o.Type.Name}"),
    };

    [PythonFunction(Doc = "getdefaulttimeout() -> timeout\n\nThe timeout new sockets start with: seconds, or None for blocking.")]
    public static PyObject getdefaulttimeout() => SocketState.Current.DefaultTimeout is { } t ? new PyFloat(t) : PyNone.Instance;

    [PythonFunction(Doc = "setdefaulttimeout(timeout)\n\nSets the timeout new sockets start with: seconds, or None for blocking.")]
    public static void setdefaulttimeout(PyObject timeout) => SocketState.Current.DefaultTimeout = SocketState.TimeoutArg(timeout);

    [PythonFunction(Doc = "fromfd(fd, family, type[, proto]) -> socket object\n\nA socket on a duplicate of a file descriptor.")]
    public static PySocket fromfd(long fd, int family, int type, int proto = 0) => PySocket.FromDescriptor(fd, family, type, proto);

    /// <summary>A connected pair would be a channel inside the run; the sandbox gives scripts no sockets that carry data.</summary>
    [PythonFunction(Doc = "socketpair([family[, type[, proto]]]) -> (socket object, socket object)\n\nA pair of connected sockets.")]
    public static PyTuple socketpair(int family = 1, int type = 1, int proto = 0)
        => throw SocketErrors.Os(1, "Operation not permitted: " + SocketErrors.Policy);

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        var d = module.Dict;
        d.SetStr("socket", PySocket.TypeObject);
        d.SetStr("SocketType", PySocket.TypeObject);
        d.SetStr("error", SocketErrors.Error);
        d.SetStr("herror", SocketErrors.HostError);
        d.SetStr("gaierror", SocketErrors.AddressError);
        d.SetStr("timeout", SocketErrors.Timeout);
        d.SetStr("has_ipv6", PyBool.True);
        foreach (var (name, value) in SocketConstants.All) d.SetStr(name, PyInt.Get(value));
    }
}
