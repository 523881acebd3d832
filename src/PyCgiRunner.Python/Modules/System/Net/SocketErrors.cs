using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>
/// socket.error and its subclasses (library reference §17.2: since 2.6 socket.error is an IOError subclass), and
/// the errors the sandbox policy raises where CPython would reach the network. A refusal keeps the errno a
/// machine without any network gives (ENETUNREACH for a connection, EAI_AGAIN for a name) so that scripts which
/// test errno behave as on such a machine, and its text says that the policy refused.
/// </summary>
internal static class SocketErrors
{
    public const string Policy = "network access is disabled in PyCgiRunner (sandbox policy)";
    public const string ListenPolicy = "accepting connections is disabled in PyCgiRunner (sandbox policy)";

    public static readonly PyType Error = New("error", BuiltinTypes.IOError);
    public static readonly PyType HostError = New("herror", Error);
    public static readonly PyType AddressError = New("gaierror", Error);
    public static readonly PyType Timeout = New("timeout", Error);

    private static PyType New(string name, PyType baseType)
    {
        var t = new PyType(name, baseType) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("socket"));
        return t;
    }

    /// <summary>socket.error(errno, strerror) with the system's text for errno.</summary>
    public static PythonException Os(int errno, string strerror) => PyErr.New(Error, PyInt.Get(errno), PyStr.From(strerror));

    public static PythonException Message(string message) => PyErr.New(Error, PyStr.From(message));

    /// <summary>connect/sendto: the machine has no route anywhere (errno 101), by policy.</summary>
    public static PythonException Unreachable() => Os(101, "Network is unreachable: " + Policy);

    /// <summary>bind/listen: the script may not own a port (errno 13), by policy.</summary>
    public static PythonException NoListening() => Os(13, "Permission denied: " + ListenPolicy);

    /// <summary>A host name that only a resolver could answer (EAI_AGAIN, as without DNS), by policy.</summary>
    public static PythonException NoResolver() =>
        PyErr.New(AddressError, PyInt.Get(-3), PyStr.From("Temporary failure in name resolution: " + Policy));

    public static PythonException AddressInfo(int code, string text) => PyErr.New(AddressError, PyInt.Get(code), PyStr.From(text));

    /// <summary>gethostbyaddr of an address only a resolver could name (h_errno TRY_AGAIN), by policy.</summary>
    public static PythonException NoReverseResolver() =>
        PyErr.New(HostError, PyInt.Get(2), PyStr.From("Host name lookup failure: " + Policy));

    public static PythonException BadDescriptor() => Os(9, "Bad file descriptor");

    public static PythonException TimedOut() => PyErr.New(Timeout, PyStr.From("timed out"));
}
