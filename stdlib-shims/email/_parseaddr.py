"""RFC 2822 dates and addresses, shared by email.utils and the legacy rfc822 module."""

import calendar
import time

__all__ = ["mktime_tz", "parsedate", "parsedate_tz", "quote", "AddressList"]

_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
# Long month names are accepted too ("february").
_MONTH_NAMES = _MONTHS + ["january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"]
_DAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]

# RFC 2822 section 4.3 obsolete zone names, as hours-and-minutes offsets.
_ZONES = {"UT": 0, "UTC": 0, "GMT": 0, "Z": 0,
          "AST": -400, "ADT": -300,
          "EST": -500, "EDT": -400,
          "CST": -600, "CDT": -500,
          "MST": -700, "MDT": -600,
          "PST": -800, "PDT": -700}


def _month_number(word):
    word = word.lower()
    if word not in _MONTH_NAMES:
        return None
    return _MONTH_NAMES.index(word) % 12 + 1


def _drop_weekday(words):
    first = words[0]
    if first[-1] in ",." or first.lower() in _DAY_NAMES:
        return words[1:]
    comma = first.rfind(",")
    if comma >= 0:
        words[0] = first[comma + 1:]
    return words


def _zone_seconds(zone):
    """'+0200' -> 7200, 'EST' -> -18000, unknown -> None."""
    zone = zone.upper()
    if zone in _ZONES:
        offset = _ZONES[zone]
    else:
        try:
            offset = int(zone)
        except ValueError:
            return None
    sign = -1 if offset < 0 else 1
    offset = abs(offset)
    return sign * ((offset // 100) * 3600 + (offset % 100) * 60)


def parsedate_tz(data, widen_years=True):
    """Parse an RFC 2822 date (tolerating asctime and RFC 850 forms) into a 10-tuple whose last item
    is the zone offset in seconds (None when no zone is given); None if it is not a date.

    widen_years=False keeps two-digit years as written (the legacy rfc822 module does)."""
    if not data:
        return None
    words = _drop_weekday(data.split())
    if not words:
        return None
    if len(words) == 3:
        # RFC 850: "13-Feb-09 23:31:30 GMT"
        pieces = words[0].split("-")
        if len(pieces) == 3:
            words = pieces + words[1:]
    if len(words) == 4:
        last = words[3]
        plus = last.find("+")
        if plus > 0:
            words[3:] = [last[:plus], last[plus + 1:]]
        else:
            words.append("")
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    month_number = _month_number(month)
    if month_number is None:
        # "Feb 13 ...": the month came first.
        day, month_number = month, _month_number(day)
        if month_number is None:
            return None
    day = day.rstrip(",")
    if year.find(":") > 0:
        year, clock = clock, year
    year = year.rstrip(",")
    if not year or not year[0].isdigit():
        year, zone = zone, year
    clock = clock.rstrip(",").split(":")
    if len(clock) == 2:
        clock.append("0")
    if len(clock) != 3:
        return None
    try:
        year, day = int(year), int(day)
        hour, minute, second = int(clock[0]), int(clock[1]), int(clock[2])
    except ValueError:
        return None
    # RFC 2822 section 4.3: two-digit years 00-49 are 20xx; 2.7 draws the line at 68.
    if year < 100 and widen_years:
        year += 1900 if year > 68 else 2000
    return (year, month_number, day, hour, minute, second, 0, 1, -1, _zone_seconds(zone))


def parsedate(data):
    """Like parsedate_tz() without the zone: a 9-tuple for time.mktime()."""
    result = parsedate_tz(data)
    if isinstance(result, tuple):
        return result[:9]
    return result


def mktime_tz(data):
    """A parsedate_tz() tuple -> seconds since the epoch (local time when no zone is given)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    return calendar.timegm(data) - data[9]


def quote(text):
    """Escape backslashes and double quotes for a quoted-string (RFC 2822 section 3.2.5)."""
    return text.replace("\\", "\\\\").replace('"', '\\"')


# ---------------------------------------------------------------------------------------------------
# Addresses (RFC 2822 section 3.4): mailbox = [phrase] "<" addr-spec ">" | addr-spec [comment]

_SPECIALS = '()<>@,:;."[]'
_SPACE = " \t\r\n"
_PHRASE_ENDS = _SPECIALS.replace(".", "") + _SPACE


class AddrlistClass(object):
    """Parses a comma-separated address list into (realname, address) pairs."""

    def __init__(self, field):
        self.field = field
        self.pos = 0
        self.commentlist = []

    # -- lexical pieces ----------------------------------------------------------------------------

    def gotonext(self):
        """Skip white space and comments (comments are remembered as possible real names)."""
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in _SPACE:
                self.pos += 1
            elif ch == "(":
                self.commentlist.append(self.getcomment())
            else:
                break

    def getdelimited(self, opener, closers, allow_comments=True):
        """Text between `opener` at pos and the first unescaped closer; nested comments allowed."""
        if self.field[self.pos] != opener:
            return ""
        out = []
        self.pos += 1
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch == "\\":
                self.pos += 1
                if self.pos < len(self.field):
                    out.append(self.field[self.pos])
            elif ch in closers:
                self.pos += 1
                break
            elif allow_comments and ch == "(":
                out.append(self.getcomment())
                continue
            else:
                out.append(ch)
            self.pos += 1
        return "".join(out)

    def getquote(self):
        return self.getdelimited('"', '"\r', False)

    def getcomment(self):
        return self.getdelimited("(", ")\r", True)

    def getdomainliteral(self):
        return "[%s]" % self.getdelimited("[", "]\r", False)

    def getatom(self, ends=_SPECIALS + _SPACE):
        start = self.pos
        while self.pos < len(self.field) and self.field[self.pos] not in ends:
            self.pos += 1
        return self.field[start:self.pos]

    def getphraselist(self):
        """Words (atoms or quoted strings) up to a special character."""
        words = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in _SPACE:
                self.pos += 1
            elif ch == '"':
                words.append(self.getquote())
            elif ch == "(":
                self.commentlist.append(self.getcomment())
            elif ch in _SPECIALS.replace(".", ""):
                break
            else:
                # Inside a phrase '.' is an ordinary character ("Mr. Smith").
                words.append(self.getatom(_PHRASE_ENDS))
        return words

    # -- addresses ---------------------------------------------------------------------------------

    def getaddrspec(self):
        """local-part "@" domain; the local part keeps dots, quoted pieces are re-quoted."""
        local = []
        self.gotonext()
        while self.pos < len(self.field):
            preserve_ws = True
            ch = self.field[self.pos]
            if ch == ".":
                if local and not local[-1].strip():
                    local.pop()
                local.append(".")
                self.pos += 1
                preserve_ws = False
            elif ch == '"':
                local.append('"%s"' % quote(self.getquote()))
            elif ch in _SPECIALS:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.getatom())
            ws = self.gotonext_ws()
            if preserve_ws and ws:
                local.append(ws)
        if self.pos >= len(self.field) or self.field[self.pos] != "@":
            return "".join(local)
        self.pos += 1
        self.gotonext()
        domain = self.getdomain()
        if not domain:
            # An address without a domain is a failed parse, not a local part.
            return ""
        return "".join(local) + "@" + domain

    def gotonext_ws(self):
        start = self.pos
        self.gotonext()
        return self.field[start:self.pos] if self.pos > start and \
            not self.field[start:self.pos].strip() else ""

    def getdomain(self):
        parts = []
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if ch in _SPACE:
                self.pos += 1
            elif ch == "(":
                self.commentlist.append(self.getcomment())
            elif ch == "[":
                parts.append(self.getdomainliteral())
            elif ch == ".":
                self.pos += 1
                parts.append(".")
            elif ch in _SPECIALS:
                break
            else:
                parts.append(self.getatom())
        return "".join(parts)

    def getrouteaddr(self):
        """'<' [route ':'] addr-spec '>' at pos; the obsolete route is skipped."""
        if self.field[self.pos] != "<":
            return ""
        expect_route = False
        self.pos += 1
        self.gotonext()
        address = ""
        while self.pos < len(self.field):
            ch = self.field[self.pos]
            if expect_route:
                self.getdomain()
                expect_route = False
            elif ch == ">":
                self.pos += 1
                break
            elif ch == "@":
                self.pos += 1
                expect_route = True
            elif ch == ":":
                self.pos += 1
            else:
                address = self.getaddrspec()
                self.pos += 1
                break
            self.gotonext()
        return address

    def getaddress(self):
        """One address (or a group's addresses) as a list of (realname, address)."""
        self.commentlist = []
        self.gotonext()
        start = self.pos
        start_comments = len(self.commentlist)
        phrase = self.getphraselist()
        self.gotonext()
        result = []
        if self.pos >= len(self.field):
            if phrase:
                result = [(" ".join(self.commentlist), phrase[0])]
        elif self.field[self.pos] in ".@":
            # Not a phrase after all: an addr-spec.
            self.pos = start
            self.commentlist = self.commentlist[:start_comments]
            address = self.getaddrspec()
            result = [(" ".join(self.commentlist), address)]
        elif self.field[self.pos] == ":":
            # A group: name ':' [mailbox-list] ';'
            self.pos += 1
            while self.pos < len(self.field):
                self.gotonext()
                if self.pos < len(self.field) and self.field[self.pos] == ";":
                    self.pos += 1
                    break
                result = result + self.getaddress()
        elif self.field[self.pos] == "<":
            address = self.getrouteaddr()
            if self.commentlist:
                name = " ".join(phrase) + " (" + " ".join(self.commentlist) + ")"
            else:
                name = " ".join(phrase)
            result = [(name, address)]
        else:
            if phrase:
                result = [(" ".join(self.commentlist), phrase[0])]
            elif self.field[self.pos] in _SPECIALS:
                self.pos += 1
        self.gotonext()
        if self.pos < len(self.field) and self.field[self.pos] == ",":
            self.pos += 1
        return result

    def getaddrlist(self):
        result = []
        while self.pos < len(self.field):
            found = self.getaddress()
            if found:
                result += found
            else:
                result.append(("", ""))
        return result


class AddressList(AddrlistClass):
    """An address list as a sequence of (realname, address) pairs."""

    def __init__(self, field):
        AddrlistClass.__init__(self, field)
        self.addresslist = self.getaddrlist() if field else []

    def __len__(self):
        return len(self.addresslist)

    def __getitem__(self, index):
        return self.addresslist[index]
