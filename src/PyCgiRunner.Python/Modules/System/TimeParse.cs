using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PyCgiRunner.Python.Runtime;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// time.strptime with the behaviour of Python 2.7's _strptime: the format becomes a case-insensitive pattern
/// (whitespace matching any whitespace run), missing fields default to 1900-01-01 00:00:00, weekday and day of
/// year are computed, tm_isdst is -1 unless %Z decided it; its error messages are _strptime's.
/// </summary>
public static class TimeParse
{
    private static string Alternatives(IEnumerable<string> names)
        => "(" + string.Join("|", names.OrderByDescending(n => n.Length).Select(Regex.Escape)) + ")";

    private static string? Pattern(char d, TimeZone zone) => d switch
    {
        'd' => @"(3[01]|[12]\d|0[1-9]|[1-9]| [1-9])",
        'f' => @"([0-9]{1,6})",
        'H' => @"(2[0-3]|[0-1]\d|\d)",
        'I' => @"(1[0-2]|0[1-9]|[1-9])",
        'j' => @"(36[0-6]|3[0-5]\d|[12]\d\d|0[1-9]\d|00[1-9]|[1-9]\d|0[1-9]|[1-9])",
        'm' => @"(1[0-2]|0[1-9]|[1-9])",
        'M' => @"([0-5]\d|\d)",
        'S' => @"(6[0-1]|[0-5]\d|\d)",
        'U' or 'W' => @"(5[0-3]|[0-4]\d|\d)",
        'w' => @"([0-6])",
        'y' => @"(\d\d)",
        'Y' => @"(\d\d\d\d)",
        'z' => @"([+-]\d\d[0-5]\d)",
        'a' => Alternatives(TimeFormat.DayAbbr),
        'A' => Alternatives(TimeFormat.DayName),
        'b' or 'h' => Alternatives(TimeFormat.MonthAbbr),
        'B' => Alternatives(TimeFormat.MonthName),
        'p' => "(am|pm)",
        'Z' => Alternatives(new[] { "utc", "gmt", zone.StdName, zone.DstName }.Distinct(StringComparer.OrdinalIgnoreCase)),
        '%' => "%",
        _ => null,
    };

    private static string Expand(char d) => d switch
    {
        'c' => "%a %b %d %H:%M:%S %Y",
        'x' => "%m/%d/%y",
        'X' => "%H:%M:%S",
        'D' => "%m/%d/%y",
        'T' => "%H:%M:%S",
        'R' => "%H:%M",
        _ => "",
    };

    /// <summary>Builds the pattern and the directive letter of each capture group, in order.</summary>
    private static (string Regex, List<char> Groups) Compile(string format, TimeZone zone)
    {
        var sb = new StringBuilder();
        var groups = new List<char>();
        void Add(string fmt)
        {
            for (var i = 0; i < fmt.Length; i++)
            {
                var c = fmt[i];
                if (char.IsWhiteSpace(c))
                {
                    while (i + 1 < fmt.Length && char.IsWhiteSpace(fmt[i + 1])) i++;
                    sb.Append(@"\s+");
                    continue;
                }
                if (c != '%') { sb.Append(Regex.Escape(c.ToString())); continue; }
                if (i + 1 >= fmt.Length) throw PyErr.ValueError($"stray % in format {PyStr.From(format).Repr()}");
                var d = fmt[++i];
                if (Expand(d) is { Length: > 0 } inner) { Add(inner); continue; }
                var p = Pattern(d, zone) ?? throw PyErr.ValueError($"'{d}' is a bad directive in format {PyStr.From(format).Repr()}");
                sb.Append(p);
                if (d != '%') groups.Add(d);
            }
        }
        Add(format);
        return (sb.ToString(), groups);
    }

    public static Tm Parse(string data, string format, TimeZone zone)
    {
        var (pattern, groups) = Compile(format, zone);
        var m = new Regex(@"\G" + pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant).Match(data);
        if (!m.Success)
            throw PyErr.ValueError($"time data {PyStr.From(data).Repr()} does not match format {PyStr.From(format).Repr()}");
        if (m.Length != data.Length) throw PyErr.ValueError("unconverted data remains: " + data[m.Length..]);

        int year = 1900, month = 1, day = 1, hour = 0, minute = 0, second = 0, isdst = -1;
        int? weekday = null, julian = null, weekOfYear = null;
        var weekStartsSunday = false;
        var pm = (bool?)null;
        var hour12 = false;
        for (var g = 0; g < groups.Count; g++)
        {
            var text = m.Groups[g + 1].Value;
            int Num() => int.Parse(text.Trim(), CultureInfo.InvariantCulture);
            int Index(string[] names) => Array.FindIndex(names, n => n.Equals(text, StringComparison.OrdinalIgnoreCase));
            switch (groups[g])
            {
                case 'y': year = Num(); year += year <= 68 ? 2000 : 1900; break;
                case 'Y': year = Num(); break;
                case 'm': month = Num(); break;
                case 'b' or 'h': month = Index(TimeFormat.MonthAbbr) + 1; break;
                case 'B': month = Index(TimeFormat.MonthName) + 1; break;
                case 'd': day = Num(); break;
                case 'H': hour = Num(); hour12 = false; break;
                case 'I': hour = Num(); hour12 = true; break;
                case 'p': pm = text.Equals("pm", StringComparison.OrdinalIgnoreCase); break;
                case 'M': minute = Num(); break;
                case 'S': second = Num(); break;
                case 'a': weekday = Index(TimeFormat.DayAbbr); break;
                case 'A': weekday = Index(TimeFormat.DayName); break;
                case 'w': weekday = (Num() + 6) % 7; break;
                case 'j': julian = Num(); break;
                case 'U': weekOfYear = Num(); weekStartsSunday = true; break;
                case 'W': weekOfYear = Num(); weekStartsSunday = false; break;
                case 'Z':
                    var name = text.ToLowerInvariant();
                    if (name is "utc" or "gmt") isdst = 0;
                    else if (zone.HasDst && name == zone.DstName.ToLowerInvariant()) isdst = 1;
                    else if (name == zone.StdName.ToLowerInvariant()) isdst = 0;
                    break;
            }
        }
        // %I without %p means AM; with %p, 12 AM is midnight and 12 PM noon.
        if (hour12) hour = pm == true ? (hour == 12 ? 12 : hour + 12) : (hour == 12 ? 0 : hour);

        if (julian is null && weekday is not null && weekOfYear is not null)
        {
            var jan1 = ((int)new DateTime(year, 1, 1).DayOfWeek + 6) % 7;
            julian = DayOfYearFromWeek(jan1, weekOfYear.Value, weekday.Value, weekStartsSunday);
        }
        DateTime date;
        try
        {
            date = julian is { } j ? new DateTime(year, 1, 1).AddDays(j - 1) : new DateTime(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            throw PyErr.ValueError("day is out of range for month");
        }
        return new Tm(date.Year, date.Month, date.Day, hour, minute, second,
            weekday ?? ((int)date.DayOfWeek + 6) % 7, date.DayOfYear, isdst);
    }

    /// <summary>Day of the year for a %U/%W week number and weekday (Monday = 0), given the weekday of January 1st.</summary>
    private static int DayOfYearFromWeek(int jan1Wday, int week, int wday, bool sundayFirst)
    {
        var firstWeekday = sundayFirst ? (jan1Wday + 1) % 7 : jan1Wday;
        var dayOfWeek = sundayFirst ? (wday + 1) % 7 : wday;
        var weekZeroLength = (7 - firstWeekday) % 7;
        if (week == 0) return 1 + dayOfWeek - firstWeekday;
        return 1 + weekZeroLength + (week - 1) * 7 + dayOfWeek;
    }
}
