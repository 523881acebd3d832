using PyCgiRunner.Python.Builtins;
using PyCgiRunner.Python.Runtime;
using static PyCgiRunner.Python.Modules.SystemModules.SystemSupport;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>The broken-down time of a struct_time, in Python's conventions (wday: Monday = 0; yday from 1).</summary>
public readonly record struct Tm(int Year, int Mon, int Mday, int Hour, int Min, int Sec, int Wday, int Yday, int Isdst)
{
    public static Tm From(DateTime d, bool dst)
        => new(d.Year, d.Month, d.Day, d.Hour, d.Minute, d.Second, ((int)d.DayOfWeek + 6) % 7, d.DayOfYear, dst ? 1 : 0);

    /// <summary>The wall time these fields name; out-of-range fields roll over as C's mktime does.</summary>
    public DateTime ToDateTime()
        => new DateTime(Math.Clamp(Year, 1, 9999), 1, 1).AddMonths(Mon - 1).AddDays(Mday - 1).AddHours(Hour).AddMinutes(Min).AddSeconds(Sec);
}

/// <summary>
/// time (library reference §15.3): the clock through the platform, local time in the run's TZ (UTC by default),
/// strftime with glibc's directives in the C locale, strptime with _strptime's rules and messages.
/// </summary>
public static class TimeModule
{
    public static readonly StructSeqKind StructTime = new("time", "struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"], []);

    public static PyObject ToPython(Tm t) => StructTime.Create(
        PyInt.Get(t.Year), PyInt.Get(t.Mon), PyInt.Get(t.Mday), PyInt.Get(t.Hour), PyInt.Get(t.Min),
        PyInt.Get(t.Sec), PyInt.Get(t.Wday), PyInt.Get(t.Yday), PyInt.Get(t.Isdst));

    private sealed class State(PyContext ctx)
    {
        public TimeZone Zone = TimeZone.FromTz(ctx.EnvironmentVariables.GetValueOrDefault("TZ"));
        public readonly DateTimeOffset Started = ctx.Platform.Now;
    }

    public static PyModule Create(PyContext ctx)
    {
        var state = new State(ctx);
        var b = new ModuleBuilder("time");
        b.Value("struct_time", StructTime.Type).Value("accept2dyear", 1);
        void SetZoneValues()
        {
            var z = state.Zone;
            b.Value("timezone", z.Timezone).Value("altzone", z.AltZone).Value("daylight", z.HasDst ? 1 : 0)
                .Value("tzname", new PyTuple(Str(z.StdName), Str(z.DstName)));
        }
        SetZoneValues();
        b.Fn("tzset", (a, k) =>
        {
            state.Zone = TimeZone.FromTz(GetEnv("TZ"));
            SetZoneValues();
            return None;
        });
        b.Fn("time", (a, k) => { Args.Count("time", a, k, 0, 0); return new PyFloat(Now()); });
        b.Fn("clock", (a, k) => new PyFloat((PyContext.Current.Platform.Now - state.Started).TotalSeconds));
        b.Fn("sleep", (a, k) =>
        {
            Args.Count("sleep", a, k, 1, 1);
            var seconds = Seconds(a[0]);
            if (seconds < 0) throw PyErr.IOError(22, "Invalid argument");
            var c = PyContext.Current;
            c.Platform.Sleep(TimeSpan.FromSeconds(Math.Min(seconds, TimeSpan.MaxValue.TotalSeconds / 2)), c.Limits.Cancellation);
            c.CheckLimits();
            return None;
        });
        b.Fn("gmtime", (a, k) =>
        {
            Args.Count("gmtime", a, k, 0, 1);
            return ToPython(Tm.From(FromSeconds(OptionalSeconds(a)), false));
        });
        b.Fn("localtime", (a, k) =>
        {
            Args.Count("localtime", a, k, 0, 1);
            var (local, dst) = state.Zone.ToLocal(FromSeconds(OptionalSeconds(a)));
            return ToPython(Tm.From(local, dst));
        });
        b.Fn("mktime", (a, k) =>
        {
            Args.Count("mktime", a, k, 1, 1);
            var t = FromTuple(a[0], "mktime", check: false);
            var utc = state.Zone.ToUtc(t.ToDateTime(), t.Isdst);
            return new PyFloat((utc - DateTime.UnixEpoch).Ticks / (double)TimeSpan.TicksPerSecond);
        });
        b.Fn("asctime", (a, k) =>
        {
            Args.Count("asctime", a, k, 0, 1);
            var t = a.Length == 0 ? LocalNow(state.Zone) : FromTuple(a[0], "asctime", check: true);
            return Str(AscTime(t));
        });
        b.Fn("ctime", (a, k) =>
        {
            Args.Count("ctime", a, k, 0, 1);
            var (local, dst) = state.Zone.ToLocal(FromSeconds(OptionalSeconds(a)));
            return Str(AscTime(Tm.From(local, dst)));
        });
        b.Fn("strftime", (a, k) =>
        {
            Args.Count("strftime", a, k, 1, 2);
            var format = a[0] is PyUnicode u ? Codecs.EncodeDefault(u.Value) : Args.Str(a[0], "format");
            var t = a.Length == 1 ? LocalNow(state.Zone) : FromTuple(a[1], "strftime", check: true);
            return Str(TimeFormat.Format(format, t, state.Zone));
        });
        b.Fn("strptime", (a, k) =>
        {
            Args.Count("strptime", a, k, 1, 2);
            var data = Args.Str(a[0], "string");
            var format = a.Length > 1 ? Args.Str(a[1], "format") : "%a %b %d %H:%M:%S %Y";
            return ToPython(TimeParse.Parse(data, format, state.Zone));
        });
        return b;
    }

    private static double Now()
    {
        var now = PyContext.Current.Platform.Now;
        return (now.UtcTicks - DateTime.UnixEpoch.Ticks) / (double)TimeSpan.TicksPerSecond;
    }

    private static Tm LocalNow(TimeZone zone)
    {
        var (local, dst) = zone.ToLocal(PyContext.Current.Platform.Now.UtcDateTime);
        return Tm.From(local, dst);
    }

    public static string AscTime(Tm t)
        => $"{TimeFormat.DayAbbr[(t.Wday % 7 + 7) % 7]} {TimeFormat.MonthAbbr[Math.Clamp(t.Mon, 1, 12) - 1]} {t.Mday,2} {t.Hour:00}:{t.Min:00}:{t.Sec:00} {t.Year}";

    private static double Seconds(PyObject o) => o switch
    {
        PyInt or PyLong or PyFloat => Ops.ToDouble(o),
        _ => Ops.TryGetAttr(o, "__float__", out _) ? Ops.ToDouble(o) : throw PyErr.TypeError("a float is required"),
    };

    private static double OptionalSeconds(PyObject[] a) => a.Length == 0 || a[0] is PyNone ? Now() : Seconds(a[0]);

    /// <summary>time_t conversion truncates toward zero, as CPython 2.7's does.</summary>
    private static DateTime FromSeconds(double seconds)
    {
        if (double.IsNaN(seconds) || Math.Abs(seconds) > 253402300799) throw PyErr.ValueError("timestamp out of range for platform time_t");
        return DateTime.UnixEpoch.AddSeconds(Math.Truncate(seconds));
    }

    /// <summary>A struct_time or 9-sequence; with check, CPython 2.7's range checks (and its lenient fixes for zeros).</summary>
    public static Tm FromTuple(PyObject o, string function, bool check)
    {
        if (o is not PyTuple tuple)
            throw PyErr.TypeError(o is PyList ? "Tuple or struct_time argument required" : $"argument must be 9-item sequence, not {o.Type.Name}");
        if (tuple.Count != 9) throw PyErr.TypeError($"argument must be sequence of length 9, not {tuple.Count}");
        var v = tuple.Items.Select(x => (int)Args.Int(x, "field")).ToArray();
        var t = new Tm(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]);
        if (t.Year < 1900)
        {
            // accept2dyear: 69-99 mean 19xx, 0-68 mean 20xx.
            if (t.Year is >= 0 and <= 99) t = t with { Year = t.Year + (t.Year >= 69 ? 1900 : 2000) };
            else if (check) throw PyErr.ValueError("year out of range");
        }
        if (!check) return t;
        if (t.Mon == 0) t = t with { Mon = 1 };
        else if (t.Mon < 0 || t.Mon > 12) throw PyErr.ValueError("month out of range");
        if (t.Mday == 0) t = t with { Mday = 1 };
        else if (t.Mday < 0 || t.Mday > 31) throw PyErr.ValueError("day of month out of range");
        if (t.Hour < 0 || t.Hour > 23) throw PyErr.ValueError("hour out of range");
        if (t.Min < 0 || t.Min > 59) throw PyErr.ValueError("minute out of range");
        if (t.Sec < 0 || t.Sec > 61) throw PyErr.ValueError("seconds out of range");
        if (t.Wday < 0 && (t.Wday + 1) % 7 < 0) throw PyErr.ValueError("day of week out of range");
        if (t.Yday == 0) t = t with { Yday = 1 };
        else if (t.Yday < 0 || t.Yday > 366) throw PyErr.ValueError("day of year out of range");
        return t with { Isdst = t.Isdst < -1 ? -1 : t.Isdst > 1 ? 1 : t.Isdst };
    }
}
