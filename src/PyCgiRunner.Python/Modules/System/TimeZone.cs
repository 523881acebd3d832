using System.Text.RegularExpressions;

namespace PyCgiRunner.Python.Modules.SystemModules;

/// <summary>
/// The run's local time zone, from its TZ variable: unset or empty means UTC (servers run with TZ=UTC); a POSIX
/// fixed zone ("EST5", "UTC0", "&lt;+03&gt;-3") is applied exactly; anything else is looked up as a zoneinfo name.
/// </summary>
public sealed partial class TimeZone
{
    public string StdName { get; }
    public string DstName { get; }
    /// <summary>Seconds west of UTC in standard time (time.timezone).</summary>
    public int Timezone { get; }
    private readonly TimeZoneInfo? _zone;

    private TimeZone(string std, string dst, int west, TimeZoneInfo? zone)
    {
        StdName = std; DstName = dst; Timezone = west; _zone = zone;
    }

    public static readonly TimeZone Utc = new("UTC", "UTC", 0, null);

    public bool HasDst => _zone?.SupportsDaylightSavingTime ?? false;
    public int AltZone => HasDst ? Timezone - 3600 : Timezone;

    [GeneratedRegex(@"^:?(?:([A-Za-z]{3,})|<([^>]+)>)([+-]?)(\d{1,2})(?::(\d\d))?(?::(\d\d))?$")]
    private static partial Regex PosixFixed();

    public static TimeZone FromTz(string? tz)
    {
        if (string.IsNullOrEmpty(tz)) return Utc;
        var m = PosixFixed().Match(tz);
        if (m.Success)
        {
            var name = m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Value;
            var seconds = int.Parse(m.Groups[4].Value) * 3600 + (m.Groups[5].Success ? int.Parse(m.Groups[5].Value) * 60 : 0)
                + (m.Groups[6].Success ? int.Parse(m.Groups[6].Value) : 0);
            // POSIX offsets count west of Greenwich as positive, like time.timezone.
            return new TimeZone(name, name, m.Groups[3].Value == "-" ? -seconds : seconds, null);
        }
        var id = tz.TrimStart(':');
        if (id is "UTC" or "GMT" or "UCT" or "Universal" or "Zulu") return new TimeZone(id, id, 0, null);
        try
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            var west = -(int)zone.BaseUtcOffset.TotalSeconds;
            return new TimeZone(Abbreviation(zone.StandardName, west), Abbreviation(zone.DaylightName, west - 3600), west, zone);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return Utc;
        }
    }

    /// <summary>.NET gives long zone names; an all-caps abbreviation is used when it is one, else "+HH"-style like glibc.</summary>
    private static string Abbreviation(string name, int west)
    {
        if (name.Length is >= 3 and <= 5 && name.All(char.IsAsciiLetterUpper)) return name;
        var east = -west;
        var sign = east < 0 ? "-" : "+";
        east = Math.Abs(east);
        return east % 3600 == 0 ? $"{sign}{east / 3600:00}" : $"{sign}{east / 3600:00}{east % 3600 / 60:00}";
    }

    /// <summary>Local wall time for a UTC instant, and whether daylight saving applies.</summary>
    public (DateTime Local, bool Dst) ToLocal(DateTime utc)
    {
        if (_zone is null) return (utc.AddSeconds(-Timezone), false);
        var local = TimeZoneInfo.ConvertTimeFromUtc(utc, _zone);
        return (local, _zone.IsDaylightSavingTime(local));
    }

    /// <summary>The UTC instant of a local wall time (mktime); isdst &gt; 0 asks for the daylight reading of an ambiguous time.</summary>
    public DateTime ToUtc(DateTime local, int isdst)
    {
        if (_zone is null) return local.AddSeconds(Timezone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (_zone.IsInvalidTime(unspecified)) unspecified = unspecified.AddHours(1);
        if (_zone.IsAmbiguousTime(unspecified))
        {
            var offsets = _zone.GetAmbiguousTimeOffsets(unspecified);
            var offset = isdst > 0 ? offsets.Max() : offsets.Min();
            return DateTime.SpecifyKind(unspecified - offset, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(unspecified, _zone);
    }
}
