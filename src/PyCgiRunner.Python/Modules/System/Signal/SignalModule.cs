using PyCgiRunner.Python.Modules.Binding;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Signal;

/// <summary>
/// signal (CPython 2.7 Modules/signalmodule.c) for scripts that run in-process: no operating-system signal ever
/// reaches a run, so handlers are checked and recorded per run exactly as CPython records them (getsignal gives
/// back what signal() set) but are never called. The timers are kept too (<see cref="RunTimers"/>): alarm() and
/// setitimer() answer the time left on the run's clock as CPython would, and their expiry delivers nothing.
/// Library reference §18.8.
/// </summary>
[PythonModule("signal", Doc = "Setting handlers for asynchronous events. In PyCgiRunner no signal is ever\ndelivered to a script: handlers are recorded but never called.")]
internal static partial class SignalModule
{
    public static readonly PyType ItimerError = CreateItimerError();

    private static PyType CreateItimerError()
    {
        var t = new PyType("ItimerError", BuiltinTypes.IOError) { HasInstanceDict = true };
        t.Dict.SetStr("__module__", PyStr.From("signal"));
        return t;
    }

    private const long Count = 65, SigKill = 9, SigStop = 19, SigInt = 2, SigPipe = 13, SigXfsz = 25;

    [PythonConstant] public const long SIG_DFL = 0;
    [PythonConstant] public const long SIG_IGN = 1;
    [PythonConstant] public const long NSIG = Count;
    [PythonConstant] public const long ITIMER_REAL = 0;
    [PythonConstant] public const long ITIMER_VIRTUAL = 1;
    [PythonConstant] public const long ITIMER_PROF = 2;

    // Linux x86-64 signal numbers.
    private static readonly (string Name, long Number)[] s_signals =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6),
        ("SIGBUS", 7), ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13),
        ("SIGALRM", 14), ("SIGTERM", 15), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19),
        ("SIGTSTP", 20), ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25),
        ("SIGVTALRM", 26), ("SIGPROF", 27), ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30),
        ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
    ];

    /// <summary>The handlers a run starts with, as CPython 2.7 installs them: SIGINT raises KeyboardInterrupt, SIGPIPE and SIGXFSZ are ignored.</summary>
    private static PyObject InitialHandler(long signum, PyModule module) => signum switch
    {
        SigInt => module.Dict.GetStrOrNull("default_int_handler") ?? PyInt.Get(SIG_DFL),
        SigPipe or SigXfsz => PyInt.Get(SIG_IGN),
        _ => PyInt.Get(SIG_DFL),
    };

    private static long SignalNumber(long signalnum) =>
        signalnum is < 1 or >= Count ? throw PyErr.ValueError("signal number out of range") : signalnum;

    [PythonFunction(Doc = "signal(sig, action) -> action\n\nSets the action for signal sig: SIG_DFL, SIG_IGN or a callable (sig, frame).\nReturns the previous action. In PyCgiRunner the action is recorded but never run.")]
    public static PyObject signal(long signalnum, PyObject handler)
    {
        var n = SignalNumber(signalnum);
        var isDisposition = handler is PyInt i && (i.Value == SIG_DFL || i.Value == SIG_IGN);
        if (!isDisposition && !Builtins.BuiltinFunctions.IsCallable(handler))
            throw PyErr.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
        // The kernel refuses to change these two; CPython reports sigaction's EINVAL as a RuntimeError.
        if (n is SigKill or SigStop) throw PyErr.New(BuiltinTypes.RuntimeError, PyInt.Get(22), PyStr.From("Invalid argument"));
        var handlers = SignalState.Current.Handlers;
        var old = handlers[n] ?? PyInt.Get(SIG_DFL);
        handlers[n] = handler;
        return old;
    }

    [PythonFunction(Doc = "getsignal(sig) -> action\n\nThe current action for signal sig (see signal()).")]
    public static PyObject getsignal(long signalnum) => SignalState.Current.Handlers[SignalNumber(signalnum)] ?? PyInt.Get(SIG_DFL);

    [PythonFunction(Doc = "default_int_handler(...)\n\nThe SIGINT handler a program starts with: raises KeyboardInterrupt.")]
    public static PyObject default_int_handler(params PyObject[] args) => throw PyErr.New(BuiltinTypes.KeyboardInterrupt);

    [PythonFunction(Doc = "alarm(seconds)\n\nArranges a SIGALRM after seconds (0 cancels) and returns the seconds left of the\nprevious alarm. In PyCgiRunner the alarm is kept but delivers nothing.")]
    public static long alarm(int seconds) => SignalState.Current.Timers.Alarm(seconds);

    [PythonFunction(Doc = "pause()\n\nWaits for a signal. None ever reaches a PyCgiRunner script: it waits until the run's\nlimits end it.")]
    public static void pause() => Select.SelectModule.Wait(null);

    [PythonFunction(Doc = "setitimer(which, seconds[, interval]) -> (delay, interval)\n\nSets a timer (ITIMER_REAL, ITIMER_VIRTUAL or ITIMER_PROF) and returns the old one.")]
    public static PyTuple setitimer(long which, double seconds, double interval = 0.0)
        => SignalState.Current.Timers.Set(which, seconds, interval);

    [PythonFunction(Doc = "getitimer(which) -> (delay, interval)\n\nThe time left on a timer and its interval.")]
    public static PyTuple getitimer(long which) => SignalState.Current.Timers.Get(which);

    [PythonFunction(Doc = "siginterrupt(sig, flag)\n\nWhether signal sig interrupts system calls (recorded; no signal arrives).")]
    public static void siginterrupt(long sig, long flag) => SignalNumber(sig);

    [PythonFunction(Doc = "set_wakeup_fd(fd) -> fd\n\nSets the descriptor written to when a signal arrives (-1 for none); returns the old one.")]
    public static PyObject set_wakeup_fd(long fd)
    {
        if (fd != -1 && fd is < 0 or > 2 && RunDescriptors.Current.Get(fd) is null) throw PyErr.ValueError("invalid fd");
        var state = SignalState.Current;
        var old = state.WakeupFd;
        state.WakeupFd = fd;
        return new PyLong(old);
    }

    [PythonModuleInit]
    private static void Init(PyModule module, PyContext ctx)
    {
        var d = module.Dict;
        foreach (var (name, number) in s_signals) d.SetStr(name, PyInt.Get(number));
        d.SetStr("ItimerError", ItimerError);
        var handlers = SignalState.Of(ctx).Handlers;
        for (long n = 1; n < Count; n++) handlers[n] ??= InitialHandler(n, module);
    }
}
