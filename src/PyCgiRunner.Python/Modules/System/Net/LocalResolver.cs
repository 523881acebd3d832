using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// Host names and addresses as a machine without a resolver answers them: numeric addresses, the empty name
/// (any address), "&lt;broadcast&gt;", and the machine's own name and "localhost" (its hosts file). Every other name
/// would need DNS, which the sandbox policy withholds: the error is the one such a machine gives (EAI_AGAIN).
/// </summary>
internal static class LocalResolver
{
    public static readonly byte[] Loopback = [127, 0, 0, 1];
    public static readonly byte[] LoopbackV6 = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];

    public static bool IsOwnName(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase) || string.Equals(host, PosixModule.NodeName, StringComparison.OrdinalIgnoreCase);

    /// <summary>A numeric IPv4 address in any form getaddrinfo accepts (inet_aton's), without trailing text.</summary>
    public static byte[]? NumericV4(string host) =>
        host.Any(char.IsWhiteSpace) ? null : InetText.ParseLenient(host);

    /// <summary>An IPv4 address for a host name, as CPython's setipaddr finds it for AF_INET.</summary>
    public static byte[] ResolveV4(string host)
    {
        if (host.Length == 0) return [0, 0, 0, 0];
        if (host == "<broadcast>") return [255, 255, 255, 255];
        if (NumericV4(host) is { } numeric) return numeric;
        if (IsOwnName(host)) return Loopback;
        if (InetText.ParseIPv6(host) is not null) throw SocketErrors.AddressInfo(-9, "Address family for hostname not supported");
        throw SocketErrors.NoResolver();
    }

    /// <summary>An IPv6 address for a host name (AF_INET6 sockets): numeric, or the own names' IPv4 refused as getaddrinfo does.</summary>
    public static byte[] ResolveV6(string host)
    {
        if (host.Length == 0) return new byte[16];
        if (InetText.ParseIPv6(host) is { } numeric) return numeric;
        if (NumericV4(host) is not null) throw SocketErrors.AddressInfo(-9, "Address family for hostname not supported");
        if (IsOwnName(host)) throw SocketErrors.AddressInfo(-2, "Name or service not known");
        throw SocketErrors.NoResolver();
    }

    /// <summary>The name gethostbyaddr gives an address: the loopback addresses are "localhost"; others need DNS.</summary>
    public static string NameOf(byte[] address) => address.Length == 4 && address[0] == 127 || address.AsSpan().SequenceEqual(LoopbackV6)
        ? "localhost"
        : throw SocketErrors.NoReverseResolver();

    /// <summary>The host argument of the name functions: str, or unicode encoded (IDNA reduces to ASCII for these names).</summary>
    public static string HostArg(PyObject o, string function) => o switch
    {
        PyStr s => s.Value,
        PyUnicode u => u.Value.All(c => c < 128) ? u.Value : throw PyErr.New(BuiltinTypes.UnicodeError, "label empty or too long"),
        _ => throw PyErr.TypeError($"{function}() argument 1 must be string, not {o.Type.Name}"),
    };
}
