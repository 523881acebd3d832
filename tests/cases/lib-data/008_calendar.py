# calendar: helpers, month tables and text layouts.
import calendar
print calendar.isleap(1900), calendar.isleap(2000), calendar.leapdays(1900, 2021), calendar.weekday(2020, 2, 29)
print calendar.monthrange(2021, 2), calendar.monthrange(2020, 2), calendar.monthcalendar(2021, 8)
print calendar.month(2021, 8)
print calendar.month(2020, 2, 3, 2)
calendar.prmonth(1999, 12)
print calendar.calendar(2021)
print calendar.calendar(2020, 3, 1, 4, 2)
print calendar.timegm((2020, 1, 2, 3, 4, 5, 0, 0, 0)), calendar.timegm((1969, 12, 31, 23, 59, 59))
print list(calendar.day_name), list(calendar.month_abbr)
calendar.setfirstweekday(calendar.SUNDAY)
print calendar.firstweekday(), calendar.monthcalendar(2021, 8)[0]
print calendar.month(2021, 8)
try:
    calendar.monthrange(2020, 13)
except calendar.IllegalMonthError, e:
    print "error:", e
try:
    calendar.setfirstweekday(9)
except ValueError, e:
    print "error:", e
print calendar.TextCalendar(6).formatweekheader(9)
