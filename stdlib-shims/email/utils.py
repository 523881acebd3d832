"""Miscellaneous email helpers: dates (RFC 2822 section 3.3), addresses (section 3.4), message ids."""

import os
import random
import re
import time
import urllib

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import mktime_tz, parsedate, parsedate_tz, quote

__all__ = ["collapse_rfc2231_value", "decode_params", "decode_rfc2231", "encode_rfc2231",
           "formataddr", "formatdate", "getaddresses", "make_msgid", "mktime_tz", "parseaddr",
           "parsedate", "parsedate_tz", "quote", "unquote"]

COMMASPACE = ", "
EMPTYSTRING = ""
UEMPTYSTRING = u""
CRLF = "\r\n"
TICK = "'"

# A display name containing any of these must be a quoted-string (RFC 2822 section 3.2.1 specials).
specialsre = re.compile(r'[][\\()<>@,:;".]')
escapesre = re.compile(r'[][\\()"]')

_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def formataddr(pair):
    """(realname, address) -> 'realname <address>', quoting the name when it needs it."""
    name, address = pair
    if not name:
        return address
    quotes = ""
    if specialsre.search(name):
        quotes = '"'
    name = escapesre.sub(r"\\\g<0>", name)
    return "%s%s%s <%s>" % (quotes, name, quotes, address)


def getaddresses(fieldvalues):
    """All (realname, address) pairs found in a list of header values."""
    return _AddressList(COMMASPACE.join(fieldvalues)).addresslist


def parseaddr(addr):
    """The first (realname, address) in addr, or ('', '') if none can be parsed."""
    found = _AddressList(addr).addresslist
    if not found:
        return "", ""
    return found[0]


def unquote(text):
    """Remove one level of double quotes (undoing quote()) or angle brackets."""
    if len(text) > 1:
        if text.startswith('"') and text.endswith('"'):
            return text[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if text.startswith("<") and text.endswith(">"):
            return text[1:-1]
    return text


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date: 'Fri, 09 Nov 2001 01:08:47 -0000' ('GMT' with usegmt, local offset with
    localtime). '-0000' says the zone is unknown (section 3.3)."""
    if timeval is None:
        timeval = time.time()
    if localtime:
        now = time.localtime(timeval)
        if time.daylight and now[-1]:
            offset = time.altzone
        else:
            offset = time.timezone
        hours, minutes = divmod(abs(offset), 3600)
        # time.timezone is seconds WEST of UTC, so a positive value is a negative offset.
        sign = "-" if offset > 0 else "+"
        zone = "%s%02d%02d" % (sign, hours, minutes // 60)
    else:
        now = time.gmtime(timeval)
        zone = "GMT" if usegmt else "-0000"
    return "%s, %02d %s %04d %02d:%02d:%02d %s" % (_WEEKDAYS[now[6]], now[2], _MONTHS[now[1] - 1],
                                                  now[0], now[3], now[4], now[5], zone)


def _hostname():
    try:
        import socket
        return socket.gethostname()
    except Exception:
        return "localhost"


def make_msgid(idstring=None):
    """A unique Message-ID: <20020201195627.33539.96671@host> (RFC 2822 section 3.6.4)."""
    timeval = time.time()
    utcdate = time.strftime("%Y%m%d%H%M%S", time.gmtime(timeval))
    pid = os.getpid()
    randint = random.randrange(100000)
    idstring = "" if idstring is None else "." + idstring
    return "<%s.%s.%s%s@%s>" % (utcdate, pid, randint, idstring, _hostname())


# ---------------------------------------------------------------------------------------------------
# RFC 2231 parameter values: charset'language'percent-encoded-text

def decode_rfc2231(s):
    """"charset'lang'value" -> (charset, lang, value); a plain value -> (None, None, s)."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    s = urllib.quote(s, safe="")
    if charset is None and language is None:
        return s
    if language is None:
        language = ""
    return "%s'%s'%s" % (charset, language, s)


_CONTINUATION = re.compile(r"^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$")


def decode_params(params):
    """Join RFC 2231 continuations (name*0, name*1*, ...) of a parameter list."""
    params = params[:]
    new_params = [params.pop(0)]
    parts = {}
    order = []
    for name, value in params:
        encoded = name.endswith("*")
        value = unquote(value)
        match = _CONTINUATION.match(name)
        if match:
            name, num = match.group("name", "num")
            num = int(num) if num is not None else 0
            if name not in parts:
                parts[name] = []
                order.append(name)
            parts[name].append((num, value, encoded))
        else:
            new_params.append((name, '"%s"' % quote(value)))
    for name in order:
        pieces = sorted(parts[name])
        values = []
        any_encoded = False
        for num, value, encoded in pieces:
            if encoded:
                value = urllib.unquote(value)
                any_encoded = True
            values.append(value)
        value = quote(EMPTYSTRING.join(values))
        if any_encoded:
            charset, language, value = decode_rfc2231(value)
            new_params.append((name, (charset, language, '"%s"' % value)))
        else:
            new_params.append((name, '"%s"' % value))
    return new_params


def collapse_rfc2231_value(value, errors="replace", fallback_charset="us-ascii"):
    if isinstance(value, tuple):
        rawval = unquote(value[2])
        charset = value[0] or "us-ascii"
        try:
            return unicode(rawval, charset, errors)
        except LookupError:
            return unicode(rawval, fallback_charset, errors)
    return unquote(value)
