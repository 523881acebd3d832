using System.Globalization;
using System.Text;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// strftime as glibc does it in the C locale: every directive of strftime(3), the flags - _ 0 ^ # and a field
/// width, E/O modifiers ignored, and unknown directives copied through unchanged.
/// </summary>
public static class TimeFormat
{
    public static readonly string[] DayAbbr = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
    public static readonly string[] DayName = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    public static readonly string[] MonthAbbr = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    public static readonly string[] MonthName = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(string format, Tm t, TimeZone zone)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < format.Length; i++)
        {
            var c = format[i];
            if (c != '%' || i + 1 >= format.Length) { sb.Append(c); continue; }
            var start = i;
            i++;
            char? flag = null;
            while (i < format.Length && format[i] is '-' or '_' or '0' or '^' or '#') flag = format[i++];
            var width = 0;
            while (i < format.Length && char.IsAsciiDigit(format[i])) width = width * 10 + (format[i++] - '0');
            while (i < format.Length && format[i] is 'E' or 'O') i++;
            if (i >= format.Length) { sb.Append(format, start, format.Length - start); break; }
            var piece = Directive(format[i], t, zone);
            if (piece is null) { sb.Append(format, start, i - start + 1); continue; }
            sb.Append(ApplyFlags(piece.Value.Text, piece.Value.Numeric, flag, width));
        }
        return sb.ToString();
    }

    private static string ApplyFlags(string text, bool numeric, char? flag, int width)
    {
        if (numeric && flag is '-' or '_')
        {
            var trimmed = text.TrimStart('0', ' ');
            if (trimmed.Length == 0) trimmed = "0";
            text = flag == '-' ? trimmed : trimmed.PadLeft(text.Length);
        }
        else if (numeric && flag == '0') text = text.Replace(' ', '0');
        else if (flag is '^' or '#') text = text.ToUpperInvariant();
        if (width > text.Length) text = text.PadLeft(width, numeric && flag != '_' ? '0' : ' ');
        return text;
    }

    private static int SundayWday(Tm t) => ((t.Wday + 1) % 7 + 7) % 7;

    private static (string Text, bool Numeric)? Directive(char d, Tm t, TimeZone zone)
    {
        static (string, bool) N(int v, int digits) => (v.ToString(new string('0', digits), CultureInfo.InvariantCulture), true);
        static (string, bool) S(string s) => (s, false);
        var wday = ((t.Wday % 7) + 7) % 7;
        var mon = Math.Clamp(t.Mon, 1, 12) - 1;
        var hour12 = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var yday0 = t.Yday - 1;
        return d switch
        {
            'a' => S(DayAbbr[wday]),
            'A' => S(DayName[wday]),
            'b' or 'h' => S(MonthAbbr[mon]),
            'B' => S(MonthName[mon]),
            'c' => S(Format("%a %b %e %H:%M:%S %Y", t, zone)),
            'C' => N(t.Year / 100, 2),
            'd' => N(t.Mday, 2),
            'D' => S(Format("%m/%d/%y", t, zone)),
            'e' => (t.Mday.ToString(CultureInfo.InvariantCulture).PadLeft(2), true),
            'F' => S(Format("%Y-%m-%d", t, zone)),
            'g' => N(IsoYear(t) % 100, 2),
            'G' => (IsoYear(t).ToString(CultureInfo.InvariantCulture), true),
            'H' => N(t.Hour, 2),
            'I' => N(hour12, 2),
            'j' => N(t.Yday, 3),
            'k' => (t.Hour.ToString(CultureInfo.InvariantCulture).PadLeft(2), true),
            'l' => (hour12.ToString(CultureInfo.InvariantCulture).PadLeft(2), true),
            'm' => N(t.Mon, 2),
            'M' => N(t.Min, 2),
            'n' => S("\n"),
            'p' => S(t.Hour < 12 ? "AM" : "PM"),
            'P' => S(t.Hour < 12 ? "am" : "pm"),
            'r' => S(Format("%I:%M:%S %p", t, zone)),
            'R' => S(Format("%H:%M", t, zone)),
            's' => S(((long)(zone.ToUtc(t.ToDateTime(), t.Isdst) - DateTime.UnixEpoch).TotalSeconds).ToString(CultureInfo.InvariantCulture)),
            'S' => N(t.Sec, 2),
            't' => S("\t"),
            'T' => S(Format("%H:%M:%S", t, zone)),
            'u' => N(wday + 1, 1),
            'U' => N((yday0 + 7 - SundayWday(t)) / 7, 2),
            'V' => N(IsoWeek(t), 2),
            'w' => N(SundayWday(t), 1),
            'W' => N((yday0 + 7 - wday) / 7, 2),
            'x' => S(Format("%m/%d/%y", t, zone)),
            'X' => S(Format("%H:%M:%S", t, zone)),
            'y' => N(((t.Year % 100) + 100) % 100, 2),
            'Y' => (t.Year.ToString(CultureInfo.InvariantCulture), true),
            // Python 2's struct_time carries no UTC offset, so glibc sees tm_gmtoff = 0.
            'z' => S("+0000"),
            'Z' => S(t.Isdst > 0 ? zone.DstName : zone.StdName),
            '%' => S("%"),
            '+' => S(Format("%a %b %e %H:%M:%S %Z %Y", t, zone)),
            _ => null,
        };
    }

    /// <summary>ISO 8601 week-based year and week, from the year, day of year and weekday fields (as glibc computes them).</summary>
    private static (int Year, int Week) Iso(Tm t)
    {
        var wday = ((t.Wday % 7) + 7) % 7;
        var year = t.Year;
        var yday = t.Yday - 1;
        var week = yday - FirstMondayOfWeek1(wday, yday) < 0 ? -1 : (yday - FirstMondayOfWeek1(wday, yday)) / 7 + 1;
        if (week < 0)
        {
            var prevLen = DateTime.IsLeapYear(Math.Clamp(year - 1, 1, 9999)) ? 366 : 365;
            var prevYday = yday + prevLen;
            return (year - 1, (prevYday - FirstMondayOfWeek1(wday, prevYday)) / 7 + 1);
        }
        var len = DateTime.IsLeapYear(Math.Clamp(year, 1, 9999)) ? 366 : 365;
        var nextYday = yday - len;
        if (nextYday - FirstMondayOfWeek1(wday, nextYday) >= 0) return (year + 1, 1);
        return (year, week);
    }

    /// <summary>Day-of-year (0-based, may be negative) of the Monday starting ISO week 1, given a day and its weekday.</summary>
    private static int FirstMondayOfWeek1(int wday, int yday0)
    {
        var jan1Wday = ((wday - yday0) % 7 + 7) % 7;
        return jan1Wday <= 3 ? -jan1Wday : 7 - jan1Wday;
    }

    private static int IsoYear(Tm t) => Iso(t).Year;
    private static int IsoWeek(Tm t) => Iso(t).Week;
}
