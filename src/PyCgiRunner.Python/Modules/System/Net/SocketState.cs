using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Net;

/// <summary>What _socket keeps per process in CPython, kept per run here: the default timeout of new sockets.</summary>
internal sealed class SocketState
{
    private static readonly ConditionalWeakTable<PyContext, SocketState> s_states = new();

    public static SocketState Current => s_states.GetValue(PyContext.Current, _ => new SocketState());

    public double? DefaultTimeout { get; set; }

    /// <summary>A timeout argument: None (blocking) or a non-negative number of seconds (socketmodule.c's messages).</summary>
    public static double? TimeoutArg(PyObject value)
    {
        if (value is PyNone) return null;
        if (value is not (PyInt or PyLong or PyFloat or PyBool) && value.Type.Lookup("__float__") is null) throw PyErr.TypeError("a float is required");
        var seconds = Ops.ToDouble(value);
        return seconds < 0 ? throw PyErr.ValueError("Timeout value out of range") : seconds;
    }
}
