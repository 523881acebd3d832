using System.Runtime.CompilerServices;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Signal;

/// <summary>What signal keeps per process in CPython, kept per run: the handlers, the wake-up descriptor, the timers.</summary>
internal sealed class SignalState(PyContext ctx)
{
    private static readonly ConditionalWeakTable<PyContext, SignalState> s_states = new();

    public static SignalState Of(PyContext ctx) => s_states.GetValue(ctx, c => new SignalState(c));

    public static SignalState Current => Of(PyContext.Current);

    /// <summary>The handler of each signal number (index 0 unused), filled when the module is first imported.</summary>
    public PyObject?[] Handlers { get; } = new PyObject?[65];

    public long WakeupFd { get; set; } = -1;

    public RunTimers Timers { get; } = new(() => ctx.Platform.Now);
}
