"""RFC 822 message headers (deprecated since 2.3 in favour of email, kept for old scripts)."""

import time

from email._parseaddr import AddressList as _AddressList
from email._parseaddr import AddrlistClass, quote
from email import _parseaddr

__all__ = ["Message", "AddressList", "parsedate", "parsedate_tz", "mktime_tz"]

_blanklines = ("\r\n", "\n")


class Message:
    """The headers of a message read from a file; the file is left at the start of the body.

    msg.dict maps lower-cased names to values (the last occurrence wins); msg.headers keeps the raw
    lines, continuation lines included.
    """

    def __init__(self, fp, seekable=1):
        self.fp = fp
        self.seekable = seekable
        self.startofheaders = None
        self.startofbody = None
        self.readheaders()

    def rewindbody(self):
        if not self.seekable:
            raise IOError("unseekable file")
        self.fp.seek(self.startofbody)

    def readheaders(self):
        self.dict = {}
        self.unixfrom = ""
        self.headers = lst = []
        self.status = ""
        headerseen = ""
        first_line = 1
        while True:
            line = self.fp.readline()
            if not line:
                self.status = "EOF in headers"
                break
            if first_line and line.startswith("From "):
                self.unixfrom = self.unixfrom + line
                continue
            first_line = 0
            if headerseen and line[0] in " \t":
                # RFC 822 section 3.1.1 folding: the value continues on this line.
                lst.append(line)
                self.dict[headerseen] = (self.dict[headerseen] + "\n " + line.strip()).strip()
                continue
            if self.iscomment(line):
                continue
            if self.islast(line):
                break
            headerseen = self.isheader(line)
            if headerseen:
                lst.append(line)
                self.dict[headerseen] = line[len(headerseen) + 1:].strip()
            else:
                self.status = "Non-header line where header expected" if self.dict else \
                    "No headers"
                break
        if self.seekable and hasattr(self.fp, "tell"):
            try:
                self.startofbody = self.fp.tell()
            except IOError:
                self.seekable = 0

    def isheader(self, line):
        """The lower-cased field name if the line is a header line, else None."""
        i = line.find(":")
        if i > -1:
            return line[:i].lower()
        return None

    def islast(self, line):
        return line in _blanklines

    def iscomment(self, line):
        return False

    def getallmatchingheaders(self, name):
        """The raw lines of every header called name, continuation lines included."""
        name = name.lower() + ":"
        n = len(name)
        found = []
        hit = 0
        for line in self.headers:
            if line[:n].lower() == name:
                hit = 1
            elif not line[:1].isspace():
                hit = 0
            if hit:
                found.append(line)
        return found

    def getfirstmatchingheader(self, name):
        name = name.lower() + ":"
        n = len(name)
        found = []
        hit = 0
        for line in self.headers:
            if hit:
                if not line[:1].isspace():
                    break
            elif line[:n].lower() == name:
                hit = 1
            if hit:
                found.append(line)
        return found

    def getrawheader(self, name):
        lines = self.getfirstmatchingheader(name)
        if not lines:
            return None
        lines[0] = lines[0][len(name) + 1:]
        return "".join(lines)

    def getheader(self, name, default=None):
        return self.dict.get(name.lower(), default)

    get = getheader

    def getheaders(self, name):
        """Every value of the header called name (folded lines joined)."""
        result = []
        current = ""
        have_header = 0
        for line in self.getallmatchingheaders(name):
            if line[0].isspace():
                if current:
                    current = "%s\n %s" % (current, line.strip())
                else:
                    current = line.strip()
            else:
                if have_header:
                    result.append(current)
                current = line[line.find(":") + 1:].strip()
                have_header = 1
        if have_header:
            result.append(current)
        return result

    def getaddr(self, name):
        found = self.getaddrlist(name)
        if found:
            return found[0]
        return None, None

    def getaddrlist(self, name):
        raw = []
        for header in self.getallmatchingheaders(name):
            if header[0] in " \t":
                raw.append(header)
            else:
                if raw:
                    raw.append(", ")
                i = header.find(":")
                if i > 0:
                    header = header[i + 1:]
                raw.append(header)
        return AddressList("".join(raw)).addresslist

    def getdate(self, name):
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate(data)

    def getdate_tz(self, name):
        try:
            data = self[name]
        except KeyError:
            return None
        return parsedate_tz(data)

    def __len__(self):
        return len(self.dict)

    def __getitem__(self, name):
        return self.dict[name.lower()]

    def __setitem__(self, name, value):
        del self[name]
        self.dict[name.lower()] = value
        for line in (name + ": " + value).split("\n"):
            self.headers.append(line + "\n")

    def __delitem__(self, name):
        name = name.lower()
        if name not in self.dict:
            return
        del self.dict[name]
        name = name + ":"
        n = len(name)
        kept = []
        hit = 0
        for line in self.headers:
            if line[:n].lower() == name:
                hit = 1
            elif not line[:1].isspace():
                hit = 0
            if not hit:
                kept.append(line)
        self.headers = kept

    def setdefault(self, name, default=""):
        lowername = name.lower()
        if lowername in self.dict:
            return self.dict[lowername]
        self[name] = default
        return default

    def has_key(self, name):
        return name.lower() in self.dict

    def __contains__(self, name):
        return name.lower() in self.dict

    def __iter__(self):
        return iter(self.dict)

    def keys(self):
        return self.dict.keys()

    def values(self):
        return self.dict.values()

    def items(self):
        return self.dict.items()

    def __str__(self):
        return "".join(self.headers)


class AddressList(_AddressList):
    """An address list with set-like + and - operations (by address)."""

    def __add__(self, other):
        result = AddressList(None)
        result.addresslist = self.addresslist[:]
        for pair in other.addresslist:
            if pair not in result.addresslist:
                result.addresslist.append(pair)
        return result

    def __sub__(self, other):
        result = AddressList(None)
        result.addresslist = [pair for pair in self.addresslist if pair not in other.addresslist]
        return result

    def __str__(self):
        return ", ".join(dump_address_pair(pair) for pair in self.addresslist)


def parsedate_tz(data):
    """As email.utils.parsedate_tz, but rfc822 reports the DST flag as 0 rather than -1 and keeps
    two-digit years as written."""
    result = _parseaddr.parsedate_tz(data, widen_years=False)
    if result is None:
        return None
    return result[:8] + (0, result[9])


def parsedate(data):
    result = parsedate_tz(data)
    if result is None:
        return None
    return result[:9]


def mktime_tz(data):
    """Seconds since the epoch as a float (rfc822 works through time.mktime and time.timezone)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return time.mktime(data[:8] + (0,)) - data[9] - time.timezone


def unquote(s):
    """Remove quotes from a string ('"x"' or '<x>'), without undoing backslash escapes."""
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace("\\\\", "\\").replace('\\"', '"')
        if s.startswith("<") and s.endswith(">"):
            return s[1:-1]
    return s


def parseaddr(address):
    found = _AddressList(address).addresslist
    if not found:
        return None, None
    return found[0]


def dump_address_pair(pair):
    """(name, address) -> '"name" <address>', or the bare address without a name."""
    if pair[0]:
        return '"' + pair[0] + '" <' + pair[1] + ">"
    return pair[1]


_WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def formatdate(timeval=None):
    """An RFC 822 date in GMT (as HTTP/1.1 section 3.3.1 prefers)."""
    if timeval is None:
        timeval = time.time()
    t = time.gmtime(timeval)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (_WEEKDAYS[t[6]], t[2], _MONTHS[t[1] - 1], t[0],
                                                  t[3], t[4], t[5])
