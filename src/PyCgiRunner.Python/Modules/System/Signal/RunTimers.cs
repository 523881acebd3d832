using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules.Signal;

/// <summary>
/// The three interval timers of setitimer(2), kept on the run's clock (the virtual and profiling timers count
/// wall time too: a run's CPU time is not measured apart). alarm() is the real timer in whole seconds, as on
/// Linux. An expired timer with an interval starts again; nothing is delivered when one expires.
/// </summary>
internal sealed class RunTimers(Func<DateTimeOffset> now)
{
    private readonly (DateTimeOffset? Due, double Interval)[] _timers = new (DateTimeOffset?, double)[3];

    private static PythonException Invalid() => PyErr.New(SignalModule.ItimerError, PyInt.Get(22), PyStr.From("Invalid argument"));

    /// <summary>The time left on a timer, and its interval.</summary>
    private (double Left, double Interval) Remaining(int which)
    {
        var (due, interval) = _timers[which];
        if (due is not { } at) return (0, interval);
        var left = (at - now()).TotalSeconds;
        if (left > 0) return (left, interval);
        if (interval <= 0)
        {
            _timers[which] = (null, 0);
            return (0, 0);
        }
        // Reloaded at each interval since it first fell due.
        var intoPeriod = -left % interval;
        return (interval - intoPeriod, interval);
    }

    private static int Which(long which) => which is >= 0 and <= 2 ? (int)which : throw Invalid();

    public PyTuple Get(long which)
    {
        var (left, interval) = Remaining(Which(which));
        return new PyTuple(new PyFloat(Round(left)), new PyFloat(interval));
    }

    public PyTuple Set(long which, double seconds, double interval)
    {
        var w = Which(which);
        if (seconds < 0 || interval < 0) throw Invalid();
        var old = Get(w);
        _timers[w] = (seconds > 0 ? now() + TimeSpan.FromSeconds(seconds) : null, seconds > 0 ? interval : 0);
        return old;
    }

    /// <summary>alarm(seconds): the real timer without interval; the old one's seconds left, rounded as alarm(2) does.</summary>
    public long Alarm(int seconds)
    {
        var (left, _) = Remaining(0);
        // alarm(2) takes an unsigned count: a negative one wraps around, as in CPython.
        var span = seconds < 0 ? (double)(uint)seconds : seconds;
        _timers[0] = (span > 0 ? now() + TimeSpan.FromSeconds(span) : null, 0);
        if (left <= 0) return 0;
        return Math.Max(1, (long)Math.Round(left));
    }

    // setitimer(2) reports microseconds.
    private static double Round(double seconds) => Math.Round(seconds * 1e6) / 1e6;
}
