"""Part of Python 2.7 `wsgiref.handlers`, written for PyCgiRunner: the HTTP
date formatter (RFC 1123, always GMT)."""

import time

_weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_months = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
           "Sep", "Oct", "Nov", "Dec"]


def format_date_time(timestamp):
    """'Sun, 06 Nov 1994 08:49:37 GMT' for a POSIX timestamp."""
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(timestamp)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        _weekdays[wd], day, _months[month], year, hh, mm, ss)
