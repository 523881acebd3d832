"""HTTP state management (cookies) with Python 2.7's Cookie interface.

Follows the Netscape cookie format as RFC 2109/2965 describe it and as 2.7 implements it: values that
are not plain tokens are written as quoted strings with octal escapes (e.g. ';' becomes \\073).
"""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie", "SerialCookie", "SmartCookie", "Cookie"]


class CookieError(Exception):
    pass


# ---------------------------------------------------------------------------------------------------
# Quoting values. RFC 2109 section 4.1: value = token | quoted-string.

# Characters that may appear unquoted (the RFC 2068 section 2.2 token set, as 2.7 defines it).
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~"


def _escape_char(ch):
    """How one character is written inside a quoted cookie value."""
    code = ord(ch)
    if ch == '"' or ch == "\\":
        return "\\" + ch
    if code < 32 or code >= 127 or ch in ",;":
        return "\\%03o" % code
    return ch


_Translator = dict((chr(code), _escape_char(chr(code))) for code in range(256))


def _quote(text, LegalChars=_LegalChars):
    """Return text as is when it is a token, else as a quoted string with escapes."""
    for ch in text:
        if ch not in LegalChars:
            return '"' + "".join([_Translator.get(c, c) for c in text]) + '"'
    return text


_OCTAL_ESCAPE = re.compile(r"\\[0-3][0-7][0-7]")
_ANY_ESCAPE = re.compile(r"\\.")


def _unquote(text):
    """Undo _quote: strip the double quotes, then decode \\ooo and \\x escapes."""
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text
    text = text[1:-1]
    out = []
    pos = 0
    while pos < len(text):
        octal = _OCTAL_ESCAPE.search(text, pos)
        other = _ANY_ESCAPE.search(text, pos)
        if not octal and not other:
            break
        # An octal escape wins when both start at the same backslash.
        if other and (not octal or other.start() < octal.start()):
            out.append(text[pos:other.start()])
            out.append(text[other.start() + 1])
            pos = other.end()
        else:
            out.append(text[pos:octal.start()])
            out.append(chr(int(text[octal.start() + 1:octal.end()], 8)))
            pos = octal.end()
    out.append(text[pos:])
    return "".join(out)


_weekdayname = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_monthname = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    """The date `future` seconds from now, as the expires attribute writes it (RFC 1123 form)."""
    year, month, day, hh, mm, ss, wd, yd, dst = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month], year,
                                                   hh, mm, ss)


# ---------------------------------------------------------------------------------------------------
# Morsel: one cookie, its value and its attributes.

class Morsel(dict):
    """A key/value pair plus the RFC 2109 attributes, which are the dict's items."""

    # Attribute name as stored (lower case) -> as written in Set-Cookie.
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "secure",
        "httponly": "httponly",
        "version": "Version",
    }
    # Attributes written bare (no '=value'); RFC 6265 section 4.1.1 Secure and HttpOnly.
    _flags = set(["secure", "httponly"])

    def __init__(self):
        dict.__init__(self)
        self.key = self.value = self.coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, "")

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid Attribute %s" % K)
        dict.__setitem__(self, K, V)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val, LegalChars=_LegalChars, idmap=None, translate=None):
        if key.lower() in self._reserved:
            raise CookieError("Attempt to set a reserved key: %s" % key)
        for ch in key:
            if ch not in LegalChars:
                raise CookieError("Illegal key value: %s" % key)
        self.key = key
        self.value = val
        self.coded_value = coded_val

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return "<%s: %s=%s>" % (self.__class__.__name__, self.key, repr(self.value))

    def js_output(self, attrs=None):
        # The same text 2.7 writes: a script setting document.cookie.
        return ("\n        <script type=\"text/javascript\">\n        <!-- begin hiding\n"
                "        document.cookie = \"%s\";\n        // end hiding -->\n        </script>\n"
                "        ") % (self.OutputString(attrs).replace('"', '\\"'),)

    def OutputString(self, attrs=None):
        """'key=value; Attr=value; flag' with attributes in name order; empty ones left out."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for name, value in sorted(self.items()):
            if value == "" or name not in attrs:
                continue
            parts.append(self._attribute_text(name, value))
        return "; ".join(parts)

    def _attribute_text(self, name, value):
        label = self._reserved[name]
        if name == "expires" and type(value) == int:
            return "%s=%s" % (label, _getdate(value))
        if name == "max-age" and type(value) == int:
            return "%s=%d" % (label, value)
        if name in self._flags:
            # Any non-empty value (even False) writes the flag, as in 2.7.
            return str(label)
        return "%s=%s" % (label, value)


# ---------------------------------------------------------------------------------------------------
# Parsing a Cookie header: a sequence of name[=value] separated by ';' or whitespace.

_KEY_CHARS = r"\w\d!#%&'~_`><@,:/$*+\-.^|)(?}{="
_VALUE_CHARS = _KEY_CHARS + r"\[\]"

_CookiePattern = re.compile(
    r"\s*"
    r"(?P<key>[" + _KEY_CHARS + r"]+?)"
    r"(\s*=\s*(?P<val>"
    r"\"(?:[^\\\"]|\\.)*\""  # a quoted string
    r"|\w{3},\s[\s\w\d-]{9,11}\s[\d:]{8}\sGMT"  # an expires date, which contains a comma and spaces
    r"|[" + _VALUE_CHARS + r"]*"  # a plain word, possibly empty
    r"))?"
    r"\s*(\s+|;|$)"
)


class BaseCookie(dict):
    """A dict of name -> Morsel; subclasses decide how values are encoded."""

    def value_decode(self, val):
        """Header text -> (real value, coded value)."""
        return val, val

    def value_encode(self, val):
        """Real value -> (value as str, coded value for the header)."""
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        dict.__init__(self)
        if input:
            self.load(input)

    def _set_morsel(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self._set_morsel(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\r\n"):
        return sep.join([morsel.output(attrs, header) for key, morsel in sorted(self.items())])

    __str__ = output

    def __repr__(self):
        parts = ["%s=%s" % (key, repr(morsel.value)) for key, morsel in sorted(self.items())]
        return "<%s: %s>" % (self.__class__.__name__, " ".join(parts))

    def js_output(self, attrs=None):
        return "".join([morsel.js_output(attrs) for key, morsel in sorted(self.items())])

    def load(self, rawdata):
        """Load a Cookie header string, or every item of a dict."""
        if type(rawdata) == str:
            self._parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse_string(self, text):
        # Parsing stops at the first thing that is not a name[=value] (e.g. a stray ';').
        pos = 0
        morsel = None
        while 0 <= pos < len(text):
            match = _CookiePattern.match(text, pos)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            pos = match.end(0)
            if key[0] == "$":
                # RFC 2109 section 4.4: $Version, $Path, $Domain apply to the cookie before them.
                if morsel:
                    morsel[key[1:]] = value
            elif key.lower() in Morsel._reserved:
                if morsel:
                    if value is None:
                        if key.lower() in Morsel._flags:
                            morsel[key] = True
                    else:
                        morsel[key] = _unquote(value)
            elif value is not None:
                rval, cval = self.value_decode(value)
                self._set_morsel(key, rval, cval)
                morsel = self[key]


class SimpleCookie(BaseCookie):
    """Values are strings; non-token values are quoted on output and unquoted on input."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)


# ---------------------------------------------------------------------------------------------------
# Pickling cookies: insecure (loading a cookie runs arbitrary code), deprecated in 2.7, kept for old
# scripts. They need the pickle module from the engine.

def _pickle():
    try:
        import cPickle as pickle
    except ImportError:
        import pickle
    return pickle


class SerialCookie(BaseCookie):
    """Every value is pickled. Insecure: do not use."""

    def __init__(self, input=None):
        import warnings
        warnings.warn("SerialCookie class is insecure; do not use it", DeprecationWarning)
        BaseCookie.__init__(self, input)

    def value_decode(self, val):
        return _pickle().loads(_unquote(val)), val

    def value_encode(self, val):
        return val, _quote(_pickle().dumps(val))


class SmartCookie(BaseCookie):
    """Strings stay strings, other values are pickled. Insecure: do not use."""

    def __init__(self, input=None):
        import warnings
        warnings.warn("Cookie/SmartCookie class is insecure; do not use it", DeprecationWarning)
        BaseCookie.__init__(self, input)

    def value_decode(self, val):
        strval = _unquote(val)
        try:
            return _pickle().loads(strval), val
        except Exception:
            return strval, val

    def value_encode(self, val):
        if type(val) == str:
            return val, _quote(val)
        return val, _quote(_pickle().dumps(val))


Cookie = SmartCookie
