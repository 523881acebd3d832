using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>Names and options: what a socket that never bound or connected reports about itself.</summary>
internal sealed partial class PySocket
{
    private const long SolSocket = 1, SoType = 3, SoError = 4, SoSndbuf = 7, SoRcvbuf = 8;

    /// <summary>An unbound socket's name is the any address with port 0 (the empty path for AF_UNIX).</summary>
    [PythonFunction("getsockname")]
    public PyObject GetSockName()
    {
        CheckOpen();
        return SocketAddress.ToPython(Family, new byte[Family == SocketAddress.AfInet6 ? 16 : 4], 0);
    }

    [PythonFunction("getpeername")]
    public PyObject GetPeerName()
    {
        CheckOpen();
        throw SocketErrors.Os(107, "Transport endpoint is not connected");
    }

    [PythonFunction("shutdown")]
    public void Shutdown(int how)
    {
        CheckOpen();
        if (how is < 0 or > 2) throw SocketErrors.Os(22, "Invalid argument");
        throw SocketErrors.Os(107, "Transport endpoint is not connected");
    }

    /// <summary>setsockopt(level, option, value): an int or a buffer (str), kept for getsockopt.</summary>
    [PythonFunction("setsockopt")]
    public void SetSockOpt(long level, long option, PyObject value)
    {
        CheckOpen();
        _options[(level, option)] = value switch
        {
            PyStr s => s,
            PyInt or PyLong or PyBool => PyInt.Get(ArgBinding.ToInt(value)),
            _ => throw PyErr.TypeError("setsockopt() argument 3 must be string or read-only buffer, not " + value.Type.Name),
        };
    }

    /// <summary>getsockopt(level, option[, buflen]): what was set, else the kernel's defaults for a new socket.</summary>
    [PythonFunction("getsockopt")]
    public PyObject GetSockOpt(long level, long option, int buflen = 0)
    {
        CheckOpen();
        _options.TryGetValue((level, option), out var stored);
        if (buflen == 0) return stored is PyInt ? stored : PyInt.Get(stored is PyStr s ? IntOf(s.Value) : Default(level, option));
        if (buflen is < 0 or > 1024) throw SocketErrors.Message("getsockopt buflen out of range");
        var bytes = stored is PyStr text ? text.Value : stored is PyInt i ? IntBytes(i.Value) : IntBytes(Default(level, option));
        return PyStr.From(bytes.Length >= buflen ? bytes[..buflen] : bytes.PadRight(buflen, '\0'));
    }

    private long Default(long level, long option) => (level, option) switch
    {
        (SolSocket, SoType) => Kind,
        (SolSocket, SoError) => 0,
        (SolSocket, SoSndbuf) => 16384,
        (SolSocket, SoRcvbuf) => 131072,
        _ => 0,
    };

    private static string IntBytes(long v) =>
        new string([(char)(v & 0xFF), (char)((v >> 8) & 0xFF), (char)((v >> 16) & 0xFF), (char)((v >> 24) & 0xFF)]);

    private static long IntOf(string bytes)
    {
        long v = 0;
        for (var i = Math.Min(bytes.Length, 4) - 1; i >= 0; i--) v = (v << 8) | bytes[i];
        return (int)v;
    }
}
