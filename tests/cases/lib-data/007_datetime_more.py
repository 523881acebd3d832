# datetime: tzinfo, %f, microsecond reprs, isocalendar edges, errors.
from datetime import date, datetime, timedelta, time, tzinfo
class FixedTZ(tzinfo):
    def __init__(self, minutes, name):
        self.off = timedelta(minutes=minutes)
        self.name = name
    def utcoffset(self, dt):
        return self.off
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return self.name
    def __repr__(self):
        return "FixedTZ(%r)" % self.name
cet = FixedTZ(60, "CET")
utc = FixedTZ(0, "UTC")
a = datetime(2020, 6, 1, 12, 0, tzinfo=cet)
print a, repr(a), a.utcoffset(), a.tzname(), a.isoformat()
print a.astimezone(utc), a - datetime(2020, 6, 1, 11, 0, tzinfo=utc), a == datetime(2020, 6, 1, 11, 0, tzinfo=utc)
print a.strftime("%H:%M %Z %z"), time(1, 2, 3, 4, tzinfo=cet), repr(time(1, 2, 3, 4))
print datetime(2020, 1, 1, 0, 0, 0, 5).strftime("%f"), datetime.strptime("12:30:45.25", "%H:%M:%S.%f")
print repr(datetime(2020, 1, 1)), repr(datetime(2020, 1, 1, 0, 0, 7)), repr(time(0, 0))
for y, m, d in [(2004, 12, 31), (2005, 1, 1), (2008, 12, 29), (2010, 1, 3), (2020, 12, 31), (2021, 1, 3)]:
    print (y, m, d), date(y, m, d).isocalendar()
print date(2020, 1, 1).ctime(), datetime(2020, 1, 1, 5, 6, 7).ctime(), date(1, 1, 1).toordinal()
print date.fromordinal(1), date.fromordinal(730120), date(2000, 1, 1).toordinal()
for bad in [lambda: date(2020, 13, 1), lambda: date(0, 1, 1), lambda: time(24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: date(9999, 12, 31) + timedelta(1), lambda: date(2020, 1, 1) < 5, lambda: datetime(2020, 1, 1) - a,
            lambda: timedelta(1) < 3, lambda: time(1) + timedelta(1), lambda: date(1800, 1, 1).strftime("%Y")]:
    try:
        print bad()
    except (ValueError, TypeError, OverflowError), e:
        print type(e).__name__, e
print date(2020, 1, 1) == 5, date(2020, 1, 1) != "x", bool(time(0)), bool(time(0, 0, 1))
print timedelta(microseconds=0.5), timedelta(microseconds=1.5), timedelta(seconds=1.0000005), timedelta(days=-0.25)
print datetime.utcfromtimestamp(1.5), datetime.utcfromtimestamp(-1), datetime(2020, 2, 29) + timedelta(days=365)
print datetime(2020, 3, 1).timetuple(), date(2020, 3, 1).timetuple().tm_yday
print "{0:%d.%m.%Y}".format(datetime(2021, 5, 6)), format(date(2021, 5, 6), "")
print hash(datetime(2020, 1, 1)) == hash(datetime(2020, 1, 1)), {date(2020, 1, 1): 1}[date(2020, 1, 1)]
print datetime.combine(date(2020, 1, 1), time(1, 2, tzinfo=utc)), time(5).replace(minute=7), datetime(2020, 5, 5).replace(day=1, hour=3)
