namespace PyCgiRunner.Python.Runtime;

/// <summary>
/// sys.settrace / sys.setprofile events (Python/ceval.c and sysmodule.c in 2.7). A tracer gets 'call' for each
/// frame and returns the frame's local tracer, which then gets 'line' before each statement, 'return' and
/// 'exception'; its answer replaces f_trace unless it is None. A tracer that raises is removed and the exception
/// propagates. The profiler gets 'call' and 'return' of Python frames (the c_call family is not reported).
/// Nothing here runs unless PyContext.IsTracing or the frame has a local tracer.
/// </summary>
public static class Tracing
{
    private static readonly PyStr CallEvent = PyStr.From("call"), LineEvent = PyStr.From("line");
    private static readonly PyStr ReturnEvent = PyStr.From("return"), ExceptionEvent = PyStr.From("exception");

    public static void Call(PyContext ctx, Frame frame)
    {
        if (ctx.ProfileFunction is { } profiler) Profile(ctx, profiler, frame, CallEvent, PyNone.Instance);
        if (ctx.TraceFunction is not { } tracer) return;
        var local = Invoke(ctx, tracer, frame, CallEvent, PyNone.Instance);
        frame.LocalTrace = local is PyNone ? null : local;
    }

    public static void Line(Frame frame) => Local(frame, LineEvent, PyNone.Instance);

    public static void Return(PyContext ctx, Frame frame, PyObject value)
    {
        if (frame.LocalTrace is not null) Local(frame, ReturnEvent, value);
        if (ctx.ProfileFunction is { } profiler) Profile(ctx, profiler, frame, ReturnEvent, value);
    }

    public static void Exception(Frame frame, PythonException e)
    {
        if (frame.LocalTrace is null) return;
        var tb = (PyObject?)e.BuildTraceback() ?? PyNone.Instance;
        Local(frame, ExceptionEvent, new PyTuple(e.PyClass, e.Value, tb));
    }

    private static void Local(Frame frame, PyStr what, PyObject arg)
    {
        var local = frame.LocalTrace;
        if (local is null) return;
        var result = Invoke(frame.Context, local, frame, what, arg);
        if (result is not PyNone) frame.LocalTrace = result;
    }

    private static PyObject Invoke(PyContext ctx, PyObject tracer, Frame frame, PyStr what, PyObject arg)
    {
        // The tracer itself runs untraced (CPython counts tstate->tracing); one that raises is removed.
        using var pause = ctx.PauseTracing();
        try
        {
            return Ops.CallFunction(tracer, frame.View, what, arg);
        }
        catch (PythonException)
        {
            frame.LocalTrace = null;
            pause.Keep(() => ctx.SetTrace(null));
            throw;
        }
    }

    private static void Profile(PyContext ctx, PyObject profiler, Frame frame, PyStr what, PyObject arg)
    {
        using var pause = ctx.PauseTracing();
        try
        {
            Ops.CallFunction(profiler, frame.View, what, arg);
        }
        catch (PythonException)
        {
            pause.Keep(() => ctx.SetProfile(null));
            throw;
        }
    }
}
