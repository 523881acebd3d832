# sqlite3.dbapi2 (library reference section 11.13): the DB-API 2.0 interface (PEP 249) to SQLite.
# Connections, cursors, rows, the exception classes and the adapter/converter registries are native
# (_sqlite3, pysqlite 2.6.0 as CPython 2.7 ships it); what PEP 249 asks beyond them is defined here: the
# module globals, the Date/Time/Timestamp constructors, Binary, and the adapters and converters that let
# datetime.date and datetime.datetime values go in and come back out (detect_types).

import collections
import datetime
import time

from _sqlite3 import *

# PEP 249's module globals: the interface level, how threads may share the module, and '?' placeholders.
apilevel, threadsafety, paramstyle = "2.0", 1, "qmark"

# PEP 249's type constructors are the datetime classes; the *FromTicks ones read the local time.
Date, Time, Timestamp = datetime.date, datetime.time, datetime.datetime


def DateFromTicks(ticks):
    when = time.localtime(ticks)
    return datetime.date(when.tm_year, when.tm_mon, when.tm_mday)


def TimeFromTicks(ticks):
    when = time.localtime(ticks)
    return datetime.time(when.tm_hour, when.tm_min, when.tm_sec)


def TimestampFromTicks(ticks):
    when = time.localtime(ticks)
    return datetime.datetime(when.tm_year, when.tm_mon, when.tm_mday, when.tm_hour, when.tm_min, when.tm_sec)


def _numbers(dotted):
    return tuple([int(part) for part in dotted.split(".")])

version_info = _numbers(version)
sqlite_version_info = _numbers(sqlite_version)
del _numbers

# A BLOB is a buffer in Python 2.
Binary = buffer

# sqlite3.Row indexes like a tuple, so it counts as a sequence.
collections.Sequence.register(Row)


def _install_date_types():
    # Dates are stored as ISO 8601 text: 'YYYY-MM-DD', and 'YYYY-MM-DD HH:MM:SS[.ffffff]' with the time.
    # The converters are found by declared type or column name: "date" and "timestamp".
    def date_to_sql(value):
        return value.isoformat()

    def datetime_to_sql(value):
        return value.isoformat(" ")

    def sql_to_date(text):
        fields = [int(part) for part in text.split("-")]
        return datetime.date(*fields)

    def sql_to_datetime(text):
        day, clock = text.split(" ")
        year, month, mday = [int(part) for part in day.split("-")]
        pieces = clock.split(".")
        hour, minute, second = [int(part) for part in pieces[0].split(":")]
        micro = 0
        if len(pieces) == 2:
            # The fraction is read as six digits: '.456' is 456000 microseconds, digits past six are dropped.
            micro = int((pieces[1] + "000000")[:6])
        return datetime.datetime(year, month, mday, hour, minute, second, micro)

    register_adapter(datetime.date, date_to_sql)
    register_adapter(datetime.datetime, datetime_to_sql)
    register_converter("date", sql_to_date)
    register_converter("timestamp", sql_to_datetime)

_install_date_types()
del _install_date_types
