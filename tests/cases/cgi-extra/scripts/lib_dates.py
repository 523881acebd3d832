#!/usr/bin/env python
# An events calendar: dates posted by a form parsed with time.strptime and datetime.strptime, differences,
# formatting, and the month printed by calendar, as booking scripts do (no clock read, so output is fixed).
import cgi, time, datetime, calendar

form = cgi.FieldStorage()
start = form.getfirst("start", "2001-09-09 01:46:40")
days = int(form.getfirst("days", "10"))
print "Content-Type: text/plain"
print

parsed = time.strptime(start, "%Y-%m-%d %H:%M:%S")
print parsed, tuple(parsed), parsed.tm_yday, parsed.tm_wday
print time.strftime("%A %d %B %Y, %I:%M %p (%j) %a %b %y %%", parsed)
print calendar.timegm(parsed), time.asctime(parsed)
print time.strptime("31 Dec 99", "%d %b %y")[:3], time.strptime("Mon Feb  5 10:00:00 2001")[:6]
try:
    time.strptime("2001-13-01", "%Y-%m-%d")
except ValueError, e:
    print "ValueError", e
when = datetime.datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
end = when + datetime.timedelta(days=days, hours=5)
print when, end, end - when, (end - when).total_seconds(), end.isoformat(), end.weekday(), end.isocalendar()
print when.strftime("%d/%m/%Y"), when.date(), when.time(), repr(when), when.replace(year=2010).ctime()
print datetime.date(2001, 1, 1) + datetime.timedelta(weeks=60), datetime.date(2004, 2, 29).toordinal()
print datetime.date.fromordinal(730000), datetime.datetime.utcfromtimestamp(1000000000)
print datetime.timedelta(seconds=-1), datetime.timedelta(1.5), abs(datetime.timedelta(-3, 5)), datetime.timedelta.max
print sorted([datetime.date(2001, 5, 1), datetime.date(1999, 1, 1)]), datetime.date(2001, 5, 1) < datetime.date(2001, 5, 2)
try:
    datetime.date(2001, 2, 29)
except ValueError, e:
    print "ValueError", e
print calendar.month(2001, 9)
print calendar.isleap(2000), calendar.monthrange(2001, 2), calendar.weekday(2001, 9, 11), calendar.day_name[0]
print datetime.time(13, 5, 7, 250).strftime("%H:%M:%S.%f"), datetime.datetime(2001, 1, 2, 3, 4, 5, 6).isoformat(" ")
