"""Python 2.7 `datetime` module, written for PyCgiRunner.

date, time, datetime, timedelta and tzinfo on the proleptic Gregorian
calendar.  Dates are handled as ordinals (day 1 = 0001-01-01); reprs, str
forms and error messages are those of 2.7's C implementation (types named
'datetime.date' etc.).
"""

import time as _time
import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAX_DAYS = 999999999

_DAYS_IN_MONTH = [None, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTH_NAMES = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                'Sep', 'Oct', 'Nov', 'Dec']


# --- Calendar arithmetic.

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_before_month(year, month):
    days = sum(_DAYS_IN_MONTH[1:month])
    if month > 2 and _is_leap(year):
        days += 1
    return days


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


def _ord2ymd(n):
    """(year, month, day) of ordinal n, by 400/100/4/1-year cycles."""
    n -= 1
    n400, n = divmod(n, 146097)
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = n400 * 400 + n100 * 100 + n4 * 4 + n1 + 1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31  # last day of a leap cycle
    month = 1
    while True:
        length = _days_in_month(year, month)
        if n < length:
            return year, month, n + 1
        n -= length
        month += 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    weekday = (first + 6) % 7
    monday = first - weekday
    if weekday > 3:  # Jan 1 is Fri..Sun: week 1 starts the next Monday
        monday += 7
    return monday


def _check_date_fields(year, month, day):
    for value in (year, month, day):
        if not isinstance(value, (int, long)):
            raise TypeError("an integer is required")
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError('year is out of range')
    if not 1 <= month <= 12:
        raise ValueError('month must be in 1..12')
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError('day is out of range for month')


def _check_time_fields(hour, minute, second, microsecond):
    for value in (hour, minute, second, microsecond):
        if not isinstance(value, (int, long)):
            raise TypeError("an integer is required")
    if not 0 <= hour <= 23:
        raise ValueError('hour must be in 0..23')
    if not 0 <= minute <= 59:
        raise ValueError('minute must be in 0..59')
    if not 0 <= second <= 59:
        raise ValueError('second must be in 0..59')
    if not 0 <= microsecond <= 999999:
        raise ValueError('microsecond must be in 0..999999')


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, "
                        "not type '%s'" % type(tz).__name__)


def _type_name(obj):
    """Type name as the C types report it ('datetime.date', 'int')."""
    cls = type(obj)
    if cls in _PUBLIC_TYPES:
        return 'datetime.' + cls.__name__
    return cls.__name__


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'" %
                     (op, _type_name(a), _type_name(b)))


def _no_compare(a, b):
    return TypeError("can't compare %s to %s" % (_type_name(a), _type_name(b)))


def _round_half_away(x):
    # 2.7's timedelta rounds fractional microseconds half away from zero
    # (3.x changed this to half-even).
    return long(round(x))


def _format_offset(offset, sep=':'):
    """'+HH:MM' for a utcoffset timedelta ('' for None)."""
    if offset is None:
        return ''
    minutes = offset.days * 1440 + offset.seconds // 60
    sign = '+'
    if minutes < 0:
        sign = '-'
        minutes = -minutes
    return '%s%02d%s%02d' % (sign, minutes // 60, sep, minutes % 60)


def _expand_format(fmt, microsecond, utcoffset, tzname):
    """Replace %f, %z and %Z (which time.strftime does not know) first."""
    out = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == '%' and i + 1 < len(fmt):
            code = fmt[i + 1]
            if code == 'f':
                out.append('%06d' % microsecond)
            elif code == 'z':
                out.append(_format_offset(utcoffset, ''))
            elif code == 'Z':
                out.append((tzname or '').replace('%', '%%'))
            else:
                out.append(fmt[i:i + 2])
            i += 2
        else:
            out.append(ch)
            i += 1
    return ''.join(out)


def _strftime(fmt, timetuple, microsecond=0, utcoffset=None, tzname=None):
    if not isinstance(fmt, basestring):
        raise TypeError("strftime() argument 1 must be string, not %s" %
                        type(fmt).__name__)
    if timetuple[0] < 1900:
        raise ValueError("year=%d is before 1900; the datetime strftime() "
                         "methods require year >= 1900" % timetuple[0])
    return _time.strftime(_expand_format(fmt, microsecond, utcoffset, tzname),
                          timetuple)


# --- timedelta.

class timedelta(object):
    """A duration: days, seconds (0..86399) and microseconds (0..999999)."""

    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        # Integer parts are summed exactly; fractions in one float that is
        # rounded half away from zero to whole microseconds at the end.
        exact = 0
        fraction = 0.0
        for value, factor in ((days, 86400000000), (seconds, 1000000),
                              (microseconds, 1), (milliseconds, 1000),
                              (minutes, 60000000), (hours, 3600000000),
                              (weeks, 604800000000)):
            if isinstance(value, float):
                whole = _math.floor(value)
                exact += long(whole) * factor
                fraction += (value - whole) * factor
            elif isinstance(value, (int, long)):
                exact += value * factor
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_component_name(factor), type(value).__name__))
        return cls._from_microseconds(exact + _round_half_away(fraction))

    @classmethod
    def _from_microseconds(cls, total):
        self = object.__new__(cls)
        seconds, us = divmod(total, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > _MAX_DAYS:
            raise OverflowError("days=%d; must have magnitude <= %d" %
                                (days, _MAX_DAYS))
        self._days = int(days)
        self._seconds = int(seconds)
        self._microseconds = int(us)
        self._hashcode = -1
        return self

    days = property(lambda self: self._days)
    seconds = property(lambda self: self._seconds)
    microseconds = property(lambda self: self._microseconds)

    def _total_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._total_us() / 1e6

    def __repr__(self):
        if self._microseconds:
            args = '%d, %d, %d' % (self._days, self._seconds, self._microseconds)
        elif self._seconds:
            args = '%d, %d' % (self._days, self._seconds)
        else:
            args = '%d' % self._days
        return 'datetime.timedelta(%s)' % args

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        text = '%d:%02d:%02d' % (hh, mm, ss)
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            text = '%d day%s, %s' % (self._days, plural, text)
        if self._microseconds:
            text += '.%06d' % self._microseconds
        return text

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total_us() + other._total_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._total_us() - other._total_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._total_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, (int, long)):
            return timedelta._from_microseconds(self._total_us() * other)
        raise _unsupported('*', self, other)

    def __rmul__(self, other):
        if isinstance(other, (int, long)):
            return timedelta._from_microseconds(self._total_us() * other)
        raise _unsupported('*', other, self)

    def __floordiv__(self, other):
        if isinstance(other, (int, long)):
            return timedelta._from_microseconds(self._total_us() // other)
        raise _unsupported('//', self, other)

    __div__ = __floordiv__

    def __nonzero__(self):
        return bool(self._days or self._seconds or self._microseconds)

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return False

    def __ne__(self, other):
        return not self == other

    def _order(self, other, op):
        if isinstance(other, timedelta):
            return op(self._key(), other._key())
        raise _no_compare(self, other)

    def __lt__(self, other):
        return self._order(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._order(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._order(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._order(other, lambda a, b: a >= b)

    def __hash__(self):
        return hash(self._key())

    def __reduce__(self):
        return (self.__class__, self._key())


def _component_name(factor):
    return {86400000000: 'days', 1000000: 'seconds', 1: 'microseconds',
            1000: 'milliseconds', 60000000: 'minutes', 3600000000: 'hours',
            604800000000: 'weeks'}[factor]

timedelta.min = timedelta(-_MAX_DAYS)
timedelta.max = timedelta(days=_MAX_DAYS, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# --- tzinfo.

class tzinfo(object):
    """Abstract time zone: subclasses implement utcoffset, dst and tzname."""

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """Convert a UTC datetime whose tzinfo is self to local time."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dst = dt.dst()
        if dst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        std = offset - dst
        if std:
            dt += std
            dst = dt.dst()
            if dst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; "
                                 "cannot convert")
        return dt + dst if dst else dt


# --- date.

class date(object):
    """A calendar date (year, month, day)."""

    __slots__ = ('_year', '_month', '_day')

    def __new__(cls, year, month=None, day=None):
        _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        return self

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d = _time.localtime(t)[:3]
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _ymd2ord(MAXYEAR, 12, 31):
            raise ValueError("ordinal must be >= 1")
        return cls(*_ord2ymd(n))

    def __repr__(self):
        return 'datetime.%s(%d, %d, %d)' % (type(self).__name__, self._year,
                                             self._month, self._day)

    def isoformat(self):
        return '%04d-%02d-%02d' % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d 00:00:00 %04d' % (_DAY_NAMES[weekday - 1],
                                           _MONTH_NAMES[self._month],
                                           self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple())

    def __format__(self, fmt):
        if not isinstance(fmt, basestring):
            raise TypeError("format() argument must be str, not %s" %
                            type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year,
                          self._month if month is None else month,
                          self._day if day is None else day)

    def weekday(self):
        """Monday is 0, Sunday 6."""
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.weekday() + 1

    def isocalendar(self):
        """(ISO year, ISO week number, ISO weekday)."""
        year = self._year
        monday = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - monday, 7)
        if week < 0:
            year -= 1
            monday = _iso_week1_monday(year)
            week, day = divmod(today - monday, 7)
        elif week >= 52 and today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
        return year, week + 1, day + 1

    def _date_key(self):
        return (self._year, self._month, self._day)

    def _cmp_date(self, other, op, symbol):
        if isinstance(other, date) and not isinstance(other, datetime) \
                and not isinstance(self, datetime):
            return op(self._date_key(), other._date_key())
        if symbol in ('==', '!='):
            return symbol == '!='
        raise _no_compare(self, other)

    def __eq__(self, other):
        return self._cmp_date(other, lambda a, b: a == b, '==')

    def __ne__(self, other):
        return self._cmp_date(other, lambda a, b: a != b, '!=')

    def __lt__(self, other):
        return self._cmp_date(other, lambda a, b: a < b, '<')

    def __le__(self, other):
        return self._cmp_date(other, lambda a, b: a <= b, '<=')

    def __gt__(self, other):
        return self._cmp_date(other, lambda a, b: a > b, '>')

    def __ge__(self, other):
        return self._cmp_date(other, lambda a, b: a >= b, '>=')

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            n = self.toordinal() + other.days
            if not 1 <= n <= _ymd2ord(MAXYEAR, 12, 31):
                raise OverflowError("date value out of range")
            return type(self).fromordinal(n)
        raise _unsupported('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        raise _unsupported('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        raise _unsupported('-', self, other)

    def __reduce__(self):
        return (self.__class__, self._date_key())

date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# --- time.

class time(object):
    """A time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo = microsecond, tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(None)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(None)

    def __repr__(self):
        if self._microsecond:
            args = '%d, %d, %d, %d' % (self._hour, self._minute, self._second,
                                       self._microsecond)
        elif self._second:
            args = '%d, %d, %d' % (self._hour, self._minute, self._second)
        else:
            args = '%d, %d' % (self._hour, self._minute)
        if self._tzinfo is not None:
            args += ', tzinfo=%r' % (self._tzinfo,)
        return 'datetime.%s(%s)' % (type(self).__name__, args)

    def isoformat(self):
        text = '%02d:%02d:%02d' % (self._hour, self._minute, self._second)
        if self._microsecond:
            text += '.%06d' % self._microsecond
        return text + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        tt = (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1)
        return _strftime(fmt, tt, self._microsecond, self.utcoffset(),
                         self.tzname())

    __format__ = date.__format__.im_func

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        return type(self)(self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _utc_key(self):
        minutes = self._hour * 60 + self._minute
        offset = self.utcoffset()
        if offset is not None:
            minutes -= offset.days * 1440 + offset.seconds // 60
        return (minutes, self._second, self._microsecond)

    def _cmp_time(self, other, op, symbol):
        if not isinstance(other, time):
            if symbol in ('==', '!='):
                return symbol == '!='
            raise _no_compare(self, other)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if symbol in ('==', '!='):
                return symbol == '!='
            raise TypeError("can't compare offset-naive and offset-aware times")
        return op(self._utc_key(), other._utc_key())

    def __eq__(self, other):
        return self._cmp_time(other, lambda a, b: a == b, '==')

    def __ne__(self, other):
        return self._cmp_time(other, lambda a, b: a != b, '!=')

    def __lt__(self, other):
        return self._cmp_time(other, lambda a, b: a < b, '<')

    def __le__(self, other):
        return self._cmp_time(other, lambda a, b: a <= b, '<=')

    def __gt__(self, other):
        return self._cmp_time(other, lambda a, b: a > b, '>')

    def __ge__(self, other):
        return self._cmp_time(other, lambda a, b: a >= b, '>=')

    def __hash__(self):
        return hash(self._utc_key())

    def __nonzero__(self):
        # Midnight (in UTC, for aware times) is false in 2.7.
        minutes, second, micro = self._utc_key()
        return bool(minutes % 1440 or second or micro)

    def __reduce__(self):
        return (self.__class__, (self._hour, self._minute, self._second,
                                 self._microsecond, self._tzinfo))

    # time has no arithmetic; defined only to name the types the C way.
    def __add__(self, other):
        raise _unsupported('+', self, other)

    def __radd__(self, other):
        raise _unsupported('+', other, self)

    def __sub__(self, other):
        raise _unsupported('-', self, other)

    def __rsub__(self, other):
        raise _unsupported('-', other, self)

time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# --- datetime.

class datetime(date):
    """A date and a time of day, optionally with a tzinfo."""

    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo')

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None):
        _check_date_fields(year, month, day)
        _check_time_fields(hour, minute, second, microsecond)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._tzinfo = microsecond, tzinfo
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def _from_timestamp(cls, t, convert, tz):
        frac, whole = _math.modf(t)
        us = int(round(frac * 1e6))
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
        y, m, d, hh, mm, ss = convert(whole)[:6]
        ss = min(ss, 59)  # leap seconds are folded into :59
        return cls(y, m, d, hh, mm, ss, us, tz)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        if tz is None:
            return cls._from_timestamp(t, _time.localtime, None)
        result = cls._from_timestamp(t, _time.gmtime, tz)
        return tz.fromutc(result)

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_timestamp(t, _time.gmtime, None)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def combine(cls, date_part, time_part):
        if not isinstance(date_part, date):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date_part).__name__)
        if not isinstance(time_part, time):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time_part).__name__)
        return cls(date_part.year, date_part.month, date_part.day,
                   time_part.hour, time_part.minute, time_part.second,
                   time_part.microsecond, time_part.tzinfo)

    @classmethod
    def strptime(cls, date_string, fmt):
        """Parse with time.strptime; %f (microseconds) is handled here."""
        us = 0
        if '%f' in fmt:
            date_string, fmt, us = _split_microseconds(date_string, fmt)
        tt = _time.strptime(date_string, fmt)
        return cls(tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], us)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo)

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute]
        if self._microsecond:
            fields += [self._second, self._microsecond]
        elif self._second:
            fields.append(self._second)
        args = ', '.join('%d' % f for f in fields)
        if self._tzinfo is not None:
            args += ', tzinfo=%r' % (self._tzinfo,)
        return 'datetime.%s(%s)' % (type(self).__name__, args)

    def isoformat(self, sep='T'):
        text = '%04d-%02d-%02d%c%02d:%02d:%02d' % (
            self._year, self._month, self._day, sep, self._hour, self._minute,
            self._second)
        if self._microsecond:
            text += '.%06d' % self._microsecond
        return text + _format_offset(self.utcoffset())

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return '%s %s %2d %02d:%02d:%02d %04d' % (
            _DAY_NAMES[weekday - 1], _MONTH_NAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def timetuple(self):
        dst = self.dst()
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self._year, self._month, self._day,
                                  self._hour, self._minute, self._second,
                                  self.weekday(), self._yday(), flag))

    def utctimetuple(self):
        offset = self.utcoffset()
        dt = self if not offset else self - offset
        return _time.struct_time((dt._year, dt._month, dt._day, dt._hour,
                                  dt._minute, dt._second, dt.weekday(),
                                  dt._yday(), 0))

    def strftime(self, fmt):
        return _strftime(fmt, self.timetuple(), self._microsecond,
                         self.utcoffset(), self.tzname())

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True):
        pick = lambda new, old: old if new is None else new
        return type(self)(pick(year, self._year), pick(month, self._month),
                          pick(day, self._day), pick(hour, self._hour),
                          pick(minute, self._minute), pick(second, self._second),
                          pick(microsecond, self._microsecond),
                          self._tzinfo if tzinfo is True else tzinfo)

    def astimezone(self, tz):
        _check_tzinfo(tz)
        if tz is None:
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, "
                            "not None")
        if self._tzinfo is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        if tz is self._tzinfo:
            return self
        offset = self.utcoffset()
        if offset is None:
            raise ValueError("astimezone() cannot be applied to a naive datetime")
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _total_us(self):
        """Microseconds since 0001-01-01 00:00 (local, ignoring tzinfo)."""
        seconds = ((self.toordinal() * 24 + self._hour) * 60 + self._minute) * 60 \
            + self._second
        return seconds * 1000000 + self._microsecond

    def _utc_us(self):
        offset = self.utcoffset()
        total = self._total_us()
        if offset is not None:
            total -= offset._total_us()
        return total

    @classmethod
    def _from_total_us(cls, total, tz):
        seconds, us = divmod(total, 1000000)
        minutes, ss = divmod(seconds, 60)
        hours, mm = divmod(minutes, 60)
        days, hh = divmod(hours, 24)
        if not 1 <= days <= _ymd2ord(MAXYEAR, 12, 31):
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        return cls(y, m, d, int(hh), int(mm), int(ss), int(us), tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            return type(self)._from_total_us(self._total_us() + other._total_us(),
                                             self._tzinfo)
        raise _unsupported('+', self, other)

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return self + other
        raise _unsupported('+', other, self)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            mine, theirs = self.utcoffset(), other.utcoffset()
            if (mine is None) != (theirs is None):
                raise TypeError("can't subtract offset-naive and offset-aware "
                                "datetimes")
            return timedelta._from_microseconds(self._utc_us() - other._utc_us())
        raise _unsupported('-', self, other)

    def _cmp_datetime(self, other, op, symbol):
        if not isinstance(other, datetime):
            if symbol in ('==', '!='):
                return symbol == '!='
            raise _no_compare(self, other)
        mine, theirs = self.utcoffset(), other.utcoffset()
        if (mine is None) != (theirs is None):
            if symbol in ('==', '!='):
                return symbol == '!='
            raise TypeError("can't compare offset-naive and offset-aware "
                            "datetimes")
        return op(self._utc_us(), other._utc_us())

    def __eq__(self, other):
        return self._cmp_datetime(other, lambda a, b: a == b, '==')

    def __ne__(self, other):
        return self._cmp_datetime(other, lambda a, b: a != b, '!=')

    def __lt__(self, other):
        return self._cmp_datetime(other, lambda a, b: a < b, '<')

    def __le__(self, other):
        return self._cmp_datetime(other, lambda a, b: a <= b, '<=')

    def __gt__(self, other):
        return self._cmp_datetime(other, lambda a, b: a > b, '>')

    def __ge__(self, other):
        return self._cmp_datetime(other, lambda a, b: a >= b, '>=')

    def __hash__(self):
        return hash(self._utc_us())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._microsecond,
                                 self._tzinfo))


def _split_microseconds(date_string, fmt):
    """Handle one %f: cut its digits out of the string (time.strptime has no %f)."""
    import re
    before, after = fmt.split('%f', 1)
    # Parse the prefix with a probe: find the 1-6 digit run at the position
    # where the prefix's text ends, by trying each candidate split.
    for i in range(len(date_string) + 1):
        m = re.match(r'\d{1,6}', date_string[i:])
        if not m:
            continue
        head = date_string[:i]
        tail = date_string[i + m.end():]
        try:
            if before:
                _time.strptime(head, before)
            elif head:
                continue
            if after:
                _time.strptime(tail, after)
            elif tail:
                continue
        except ValueError:
            continue
        digits = m.group()
        us = int(digits + '0' * (6 - len(digits)))
        return head + tail, before + after, us
    raise ValueError("time data %r does not match format %r" % (date_string, fmt))

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)

_PUBLIC_TYPES = (date, time, datetime, timedelta, tzinfo)
