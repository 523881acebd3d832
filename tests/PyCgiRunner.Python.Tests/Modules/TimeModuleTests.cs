using Xunit;

namespace PyCgiRunner.Python.Tests.Modules;

/// <summary>time.strftime / strptime against CPython 2.7.18's output (glibc, C locale, TZ=UTC).</summary>
public class TimeModuleTests
{
    [Fact]
    public void Strftime_AllGlibcDirectives_MatchCPython()
    {
        var (stdout, stderr, _) = ScriptRunner.Run(
            "import time\nprint time.strftime('%c|%x|%X|%D|%e|%C|%g|%G|%V|%u|%U|%W|%w|%k|%l|%I|%P|%r|%R|%T|%h|%s|%z|%Z|%F|%-d|%_d|%Q|%Ey|%5Y|%^a|%#b', time.gmtime(1234567890.5))\n");
        Assert.Equal("", stderr);
        Assert.Equal("Fri Feb 13 23:31:30 2009|02/13/09|23:31:30|02/13/09|13|20|09|2009|07|5|06|06|5|23|11|11|pm|11:31:30 PM|23:31|23:31:30|Feb|1234567890|+0000|UTC|2009-02-13|13|13|%Q|09|02009|FRI|FEB\n", stdout);
    }

    [Fact]
    public void Strptime_DefaultFormatAnd12Hour_MatchCPython()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import time\nprint time.strptime('Mon Jan  5 10:00:00 2015')\nprint tuple(time.strptime('12/31/99 11:59 PM', '%m/%d/%y %I:%M %p'))\n");
        Assert.Equal(
            "time.struct_time(tm_year=2015, tm_mon=1, tm_mday=5, tm_hour=10, tm_min=0, tm_sec=0, tm_wday=0, tm_yday=5, tm_isdst=-1)\n" +
            "(1999, 12, 31, 23, 59, 0, 4, 365, -1)\n", stdout);
    }

    [Fact]
    public void Strptime_BadData_CPythonMessages()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import time\nfor d, f in [('2021-03-04 x', '%Y-%m-%d'), ('nope', '%Y'), ('2015', '%Q')]:\n" +
            "    try:\n        time.strptime(d, f)\n    except ValueError, e:\n        print e\n");
        Assert.Equal("unconverted data remains:  x\ntime data 'nope' does not match format '%Y'\n'Q' is a bad directive in format '%Q'\n", stdout);
    }

    [Fact]
    public void LocalTime_FixedPosixZone_OffsetApplied()
    {
        var (stdout, _, _) = ScriptRunner.Run(
            "import time\nprint time.timezone, time.tzname, tuple(time.localtime(0))[:4], time.mktime(time.localtime(100))\n",
            env: new() { ["TZ"] = "EST5" });
        Assert.Equal("18000 ('EST', 'EST') (1969, 12, 31, 19) 100.0\n", stdout);
    }
}
