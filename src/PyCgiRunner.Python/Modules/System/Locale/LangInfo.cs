namespace PyCgiRunner.Python.Modules.SystemModules.Locale;

/// <summary>
/// nl_langinfo's items in the C locale: glibc's item numbers (&lt;langinfo.h&gt;, as Linux builds of CPython
/// 2.7 export them from _locale) and the C locale's values for them.
/// </summary>
internal static class LangInfo
{
    public static readonly (string Name, long Item, string Value)[] Items =
    [
        ("CODESET", 14, "ANSI_X3.4-1968"),
        ("D_T_FMT", 0x20028, "%a %b %e %H:%M:%S %Y"), ("D_FMT", 0x20029, "%m/%d/%y"), ("T_FMT", 0x2002A, "%H:%M:%S"),
        ("T_FMT_AMPM", 0x2002B, "%I:%M:%S %p"), ("AM_STR", 0x20026, "AM"), ("PM_STR", 0x20027, "PM"),
        ("DAY_1", 0x20007, "Sunday"), ("DAY_2", 0x20008, "Monday"), ("DAY_3", 0x20009, "Tuesday"),
        ("DAY_4", 0x2000A, "Wednesday"), ("DAY_5", 0x2000B, "Thursday"), ("DAY_6", 0x2000C, "Friday"),
        ("DAY_7", 0x2000D, "Saturday"),
        ("ABDAY_1", 0x20000, "Sun"), ("ABDAY_2", 0x20001, "Mon"), ("ABDAY_3", 0x20002, "Tue"), ("ABDAY_4", 0x20003, "Wed"),
        ("ABDAY_5", 0x20004, "Thu"), ("ABDAY_6", 0x20005, "Fri"), ("ABDAY_7", 0x20006, "Sat"),
        ("MON_1", 0x2001A, "January"), ("MON_2", 0x2001B, "February"), ("MON_3", 0x2001C, "March"),
        ("MON_4", 0x2001D, "April"), ("MON_5", 0x2001E, "May"), ("MON_6", 0x2001F, "June"), ("MON_7", 0x20020, "July"),
        ("MON_8", 0x20021, "August"), ("MON_9", 0x20022, "September"), ("MON_10", 0x20023, "October"),
        ("MON_11", 0x20024, "November"), ("MON_12", 0x20025, "December"),
        ("ABMON_1", 0x2000E, "Jan"), ("ABMON_2", 0x2000F, "Feb"), ("ABMON_3", 0x20010, "Mar"), ("ABMON_4", 0x20011, "Apr"),
        ("ABMON_5", 0x20012, "May"), ("ABMON_6", 0x20013, "Jun"), ("ABMON_7", 0x20014, "Jul"), ("ABMON_8", 0x20015, "Aug"),
        ("ABMON_9", 0x20016, "Sep"), ("ABMON_10", 0x20017, "Oct"), ("ABMON_11", 0x20018, "Nov"), ("ABMON_12", 0x20019, "Dec"),
        ("RADIXCHAR", 0x10000, "."), ("THOUSEP", 0x10001, ""), ("YESEXPR", 0x50000, "^[yY]"), ("NOEXPR", 0x50001, "^[nN]"),
        ("CRNCYSTR", 0x4000F, "-"), ("ERA", 0x2002C, ""), ("ERA_D_FMT", 0x2002E, ""), ("ALT_DIGITS", 0x2002F, ""),
        ("ERA_D_T_FMT", 0x20030, ""), ("ERA_T_FMT", 0x20031, ""), ("_DATE_FMT", 0x2006C, "%a %b %e %H:%M:%S %Z %Y"),
    ];
}
