using System.Net;
using Microsoft.AspNetCore.Http;

namespace PyCgiRunner.Cgi.Hosting;

/// <summary>The client address the fairness rules count by: IPv4 also when it came as an IPv4-mapped IPv6 address.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext context) => Of(context.Connection.RemoteIpAddress);

    public static string Of(IPAddress? address) =>
        address is null ? "-" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
