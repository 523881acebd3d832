namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// The services and protocols getservbyname/getservbyport/getprotobyname answer for: the well-known entries of
/// a Debian /etc/services and /etc/protocols, in their order there (a lookup without a protocol takes the first
/// match, as the C library's does). The script never reads the host's files, so answers do not depend on it.
/// </summary>
internal static class WellKnownServices
{
    private readonly record struct Service(string Name, int Port, string Protocol, string[] Aliases);

    private static Service S(string name, int port, string protocol, params string[] aliases) => new(name, port, protocol, aliases);

    private static readonly Service[] s_services =
    [
        S("tcpmux", 1, "tcp"), S("echo", 7, "tcp"), S("echo", 7, "udp"), S("discard", 9, "tcp", "sink", "null"),
        S("discard", 9, "udp", "sink", "null"), S("systat", 11, "tcp", "users"), S("daytime", 13, "tcp"), S("daytime", 13, "udp"),
        S("netstat", 15, "tcp"), S("qotd", 17, "tcp", "quote"), S("chargen", 19, "tcp", "ttytst", "source"),
        S("chargen", 19, "udp", "ttytst", "source"), S("ftp-data", 20, "tcp"), S("ftp", 21, "tcp"), S("fsp", 21, "udp", "fspd"),
        S("ssh", 22, "tcp"), S("telnet", 23, "tcp"), S("smtp", 25, "tcp", "mail"), S("time", 37, "tcp", "timserver"),
        S("time", 37, "udp", "timserver"), S("whois", 43, "tcp", "nicname"), S("tacacs", 49, "tcp"), S("tacacs", 49, "udp"),
        S("domain", 53, "tcp"), S("domain", 53, "udp"), S("bootps", 67, "udp"), S("bootpc", 68, "udp"), S("tftp", 69, "udp"),
        S("gopher", 70, "tcp"), S("finger", 79, "tcp"), S("http", 80, "tcp", "www"),
        S("kerberos", 88, "tcp", "kerberos5", "krb5", "kerberos-sec"), S("kerberos", 88, "udp", "kerberos5", "krb5", "kerberos-sec"),
        S("pop3", 110, "tcp", "pop-3"), S("sunrpc", 111, "tcp", "portmapper"), S("sunrpc", 111, "udp", "portmapper"),
        S("auth", 113, "tcp", "authentication", "tap", "ident"), S("nntp", 119, "tcp", "readnews", "untp"), S("ntp", 123, "udp"),
        S("netbios-ns", 137, "udp"), S("netbios-dgm", 138, "udp"), S("netbios-ssn", 139, "tcp"), S("imap2", 143, "tcp", "imap"),
        S("snmp", 161, "tcp"), S("snmp", 161, "udp"), S("snmp-trap", 162, "tcp", "snmptrap"), S("snmp-trap", 162, "udp", "snmptrap"),
        S("bgp", 179, "tcp"), S("ldap", 389, "tcp"), S("ldap", 389, "udp"), S("https", 443, "tcp"), S("https", 443, "udp"),
        S("microsoft-ds", 445, "tcp"), S("exec", 512, "tcp"), S("biff", 512, "udp", "comsat"), S("login", 513, "tcp"),
        S("who", 513, "udp", "whod"), S("shell", 514, "tcp", "cmd", "syslog"), S("syslog", 514, "udp"),
        S("printer", 515, "tcp", "spooler"), S("talk", 517, "udp"), S("ntalk", 518, "udp"), S("route", 520, "udp", "router", "routed"),
        S("uucp", 540, "tcp", "uucpd"), S("nntps", 563, "tcp", "snntp"), S("submission", 587, "tcp"), S("ipp", 631, "tcp"),
        S("ldaps", 636, "tcp"), S("ldaps", 636, "udp"), S("rsync", 873, "tcp"), S("ftps-data", 989, "tcp"), S("ftps", 990, "tcp"),
        S("telnets", 992, "tcp"), S("imaps", 993, "tcp"), S("pop3s", 995, "tcp"), S("socks", 1080, "tcp"),
        S("ms-sql-s", 1433, "tcp"), S("nfs", 2049, "tcp"), S("nfs", 2049, "udp"), S("mysql", 3306, "tcp"),
        S("svn", 3690, "tcp", "subversion"), S("sieve", 4190, "tcp"), S("sip", 5060, "tcp"), S("sip", 5060, "udp"),
        S("xmpp-client", 5222, "tcp", "jabber-client"), S("xmpp-server", 5269, "tcp", "jabber-server"),
        S("postgresql", 5432, "tcp", "postgres"), S("x11", 6000, "tcp", "x11-0"), S("redis", 6379, "tcp"),
        S("http-alt", 8080, "tcp", "webcache"), S("git", 9418, "tcp"),
    ];

    private static readonly (string Name, int Number, string Alias)[] s_protocols =
    [
        ("ip", 0, "IP"), ("icmp", 1, "ICMP"), ("igmp", 2, "IGMP"), ("tcp", 6, "TCP"), ("udp", 17, "UDP"), ("ipv6", 41, "IPv6"),
        ("ipv6-route", 43, "IPv6-Route"), ("ipv6-frag", 44, "IPv6-Frag"), ("gre", 47, "GRE"), ("esp", 50, "IPSEC-ESP"),
        ("ah", 51, "IPSEC-AH"), ("ipv6-icmp", 58, "IPv6-ICMP"), ("ipv6-nonxt", 59, "IPv6-NoNxt"), ("ipv6-opts", 60, "IPv6-Opts"),
        ("sctp", 132, "SCTP"),
    ];

    /// <summary>The port of a service name or alias, for one protocol or (null) the first entry.</summary>
    public static int? PortOf(string name, string? protocol)
    {
        foreach (var s in s_services)
            if ((protocol is null || s.Protocol == protocol) && (s.Name == name || s.Aliases.Contains(name))) return s.Port;
        return null;
    }

    public static string? NameOf(int port, string? protocol)
    {
        foreach (var s in s_services)
            if (s.Port == port && (protocol is null || s.Protocol == protocol)) return s.Name;
        return null;
    }

    /// <summary>A protocol's number by its name or alias (the alias is the upper-case name).</summary>
    public static int? ProtocolNumber(string name)
    {
        foreach (var (n, number, alias) in s_protocols)
            if (n == name || alias == name) return number;
        return null;
    }
}
