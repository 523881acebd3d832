using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>getaddrinfo and getnameinfo as the C library answers them from numeric addresses and the hosts file.</summary>
internal static partial class SocketModule
{
    private const int AiPassive = 1, AiCanonName = 2, AiNumericHost = 4;
    private const int NiNumericHost = 1, NiNumericServ = 2, NiNameReqd = 8, NiDgram = 16;

    // Each socket type with the protocol getaddrinfo pairs it with, in the order the C library lists them.
    private static readonly (long Type, long Protocol, string? Service)[] s_kinds = [(1, 6, "tcp"), (2, 17, "udp"), (3, 0, null)];

    [PythonFunction(Doc = "getaddrinfo(host, port [, family, socktype, proto, flags])\n    -> list of (family, socktype, proto, canonname, sockaddr)\n\nThe addresses to reach a service on a host.")]
    public static PyList getaddrinfo(PyObject host, PyObject port, int family = 0, int socktype = 0, int proto = 0, int flags = 0)
    {
        string? name = host is PyNone ? null : LocalResolver.HostArg(host, "getaddrinfo");
        var service = port switch
        {
            PyNone => null,
            PyInt or PyLong => Ops.Str(port),
            PyStr s => s.Value,
            _ => throw SocketErrors.Message("Int or String expected"),
        };
        if (family is not (0 or (int)SocketAddress.AfInet or (int)SocketAddress.AfInet6)) throw SocketErrors.AddressInfo(-6, "ai_family not supported");
        if (name is null && service is null) throw SocketErrors.AddressInfo(-2, "Name or service not known");

        var kinds = s_kinds.Where(k => (socktype == 0 || k.Type == socktype) && (proto == 0 || k.Protocol == proto)).ToList();
        if (kinds.Count == 0) throw SocketErrors.AddressInfo(-7, "ai_socktype not supported");
        var portNumber = 0;
        if (service is not null && !int.TryParse(service, System.Globalization.NumberStyles.None, null, out portNumber))
        {
            // A service name keeps the socket types it is defined for (http: only stream).
            kinds = kinds.Where(k => k.Service is not null && WellKnownServices.PortOf(service, k.Service) is not null).ToList();
            if (kinds.Count == 0) throw SocketErrors.AddressInfo(-8, "Servname not supported for ai_socktype");
            portNumber = WellKnownServices.PortOf(service, kinds[0].Service)!.Value;
        }

        var addresses = Addresses(name, family, flags);
        var result = new PyList();
        foreach (var address in addresses)
        {
            var fam = address.Length == 4 ? SocketAddress.AfInet : SocketAddress.AfInet6;
            foreach (var (type, protocol, _) in kinds)
            {
                var canon = result.Count == 0 && (flags & AiCanonName) != 0 ? CanonicalName(name) : "";
                result.Append(new PyTuple(PyInt.Get(fam), PyInt.Get(type), PyInt.Get(protocol), PyStr.From(canon),
                    SocketAddress.ToPython(fam, address, portNumber)));
            }
        }
        return result;
    }

    private static string CanonicalName(string? name) => name is null ? "" : LocalResolver.IsOwnName(name) ? "localhost" : name;

    /// <summary>The addresses of a host for a family: numeric ones as written, the own names from the hosts file, no host the loopback or any address.</summary>
    private static List<byte[]> Addresses(string? name, int family, int flags)
    {
        bool v4 = family != (int)SocketAddress.AfInet6, v6 = family != (int)SocketAddress.AfInet;
        if (name is null)
        {
            var passive = (flags & AiPassive) != 0;
            var list = new List<byte[]>();
            // The C library lists the IPv6 loopback first, but the IPv4 any address first.
            if (passive && v4) list.Add(new byte[4]);
            if (v6) list.Add(passive ? new byte[16] : LocalResolver.LoopbackV6);
            if (!passive && v4) list.Add(LocalResolver.Loopback);
            return list;
        }
        if (LocalResolver.NumericV4(name) is { } numeric4)
            return v4 ? [numeric4] : throw SocketErrors.AddressInfo(-9, "Address family for hostname not supported");
        if (InetText.ParseIPv6(name) is { } numeric6)
            return v6 ? [numeric6] : throw SocketErrors.AddressInfo(-9, "Address family for hostname not supported");
        if ((flags & AiNumericHost) != 0 || name.Length == 0) throw SocketErrors.AddressInfo(-2, "Name or service not known");
        if (LocalResolver.IsOwnName(name))
            return v4 ? [LocalResolver.Loopback] : throw SocketErrors.AddressInfo(-2, "Name or service not known");
        throw SocketErrors.NoResolver();
    }

    [PythonFunction(Doc = "getnameinfo(sockaddr, flags) --> (host, port)\n\nThe host and service names of a socket address.")]
    public static PyTuple getnameinfo(PyObject sockaddr, int flags)
    {
        if (sockaddr is not PyTuple { Count: >= 2 and <= 4 } t) throw PyErr.TypeError("getnameinfo() argument 1 must be a tuple");
        var host = LocalResolver.HostArg(t[0], "getnameinfo");
        var port = ArgBinding.ToInt(t[1]);
        var address = LocalResolver.NumericV4(host) ?? InetText.ParseIPv6(host) ?? throw SocketErrors.AddressInfo(-2, "Name or service not known");
        if (address.Length == 4 && t.Count != 2) throw SocketErrors.Message("IPv4 sockaddr must be 2 tuple");
        var text = address.Length == 4 ? InetText.FormatIPv4(address) : InetText.FormatIPv6(address);
        string hostName;
        if ((flags & NiNumericHost) != 0) hostName = text;
        else if (address.Length == 4 && address[0] == 127 || address.AsSpan().SequenceEqual(LocalResolver.LoopbackV6)) hostName = "localhost";
        // Without a resolver the C library falls back to the numeric form, unless a name is required.
        else hostName = (flags & NiNameReqd) != 0 ? throw SocketErrors.NoResolver() : text;
        var serviceName = (flags & NiNumericServ) != 0 ? null : WellKnownServices.NameOf(port, (flags & NiDgram) != 0 ? "udp" : "tcp");
        return new PyTuple(PyStr.From(hostName), PyStr.From(serviceName ?? port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
