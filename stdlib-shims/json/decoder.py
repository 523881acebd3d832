"""JSON parsing for the json package.

Follows the behaviour of CPython 2.7's C scanner, including its error
messages and positions: a value that cannot start anywhere inside a container
surfaces as "No JSON object could be decoded"; an unclosed container as
"Expecting object" at the last character.
"""

import re

__all__ = ['JSONDecoder']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = re.compile(r'[ \t\n\r]*')
_NUMBER = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?')
# A run of ordinary string characters, then the character that ends it.
_STRING_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_STRING_CHUNK_LAX = re.compile(r'([^"\\]*)(["\\])')
_SIMPLE_ESCAPES = {'"': u'"', '\\': u'\\', '/': u'/', 'b': u'\b',
                   'f': u'\f', 'n': u'\n', 'r': u'\r', 't': u'\t'}
_CONSTANTS = {'NaN': NaN, 'Infinity': PosInf, '-Infinity': NegInf}


class _NoValue(Exception):
    """No JSON value starts here (2.7's scanner signals it with StopIteration)."""


def linecol(doc, pos):
    lineno = doc.count('\n', 0, pos) + 1
    if lineno == 1:
        colno = pos + 1
    else:
        colno = pos - doc.rindex('\n', 0, pos)
    return lineno, colno


def errmsg(msg, doc, pos, end=None):
    lineno, colno = linecol(doc, pos)
    if end is None:
        return '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
    endlineno, endcolno = linecol(doc, end)
    return '%s: line %d column %d - line %d column %d (char %d - %d)' % (
        msg, lineno, colno, endlineno, endcolno, pos, end)


def _skip_ws(s, idx):
    return _WHITESPACE.match(s, idx).end()


def scanstring(s, end, encoding=None, strict=True):
    """Parse the string literal whose opening quote is at end-1.
    Returns (unicode, index after the closing quote)."""
    encoding = encoding or 'utf-8'
    begin = end - 1
    chunk_re = _STRING_CHUNK if strict else _STRING_CHUNK_LAX
    parts = []
    while True:
        m = chunk_re.match(s, end)
        if m is None:
            raise ValueError(errmsg("Unterminated string starting at", s, begin))
        content, terminator = m.groups()
        end = m.end()
        if content:
            if not isinstance(content, unicode):
                content = content.decode(encoding)
            parts.append(content)
        if terminator == '"':
            break
        if terminator != '\\':
            raise ValueError(errmsg("Invalid control character at", s, end - 1))
        end = _read_escape(s, end, begin, parts)
    return u''.join(parts), end


def _read_escape(s, end, begin, parts):
    """Decode the escape after a backslash at end-1; returns the next index."""
    if end >= len(s):
        raise ValueError(errmsg("Unterminated string starting at", s, begin))
    esc = s[end]
    if esc != 'u':
        char = _SIMPLE_ESCAPES.get(esc)
        if char is None:
            raise ValueError(errmsg("Invalid \\escape", s, end - 1))
        parts.append(char)
        return end + 1
    code = _hex4(s, end + 1, end)
    end += 5
    # A high surrogate followed by an escaped low one is one character.
    if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
        low = _hex4(s, end + 2, end + 1)
        if 0xdc00 <= low <= 0xdfff:
            parts.append(_surrogate_pair(code, low))
            return end + 6
    parts.append(unichr(code))
    return end


def _hex4(s, start, error_pos):
    digits = s[start:start + 4]
    if len(digits) != 4 or not all(c in '0123456789abcdefABCDEF' for c in digits):
        raise ValueError(errmsg("Invalid \\uXXXX escape", s, error_pos))
    return int(digits, 16)


def _surrogate_pair(high, low):
    try:
        return unichr(0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00))
    except ValueError:
        return unichr(high) + unichr(low)  # narrow unicode build


class JSONDecoder(object):
    """Decoder turning JSON text into Python values; hooks customise objects
    and numbers."""

    def __init__(self, encoding=None, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.encoding = encoding
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict

    def decode(self, s):
        """The value of the JSON document s (surrounding whitespace allowed)."""
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise ValueError(errmsg("Extra data", s, end, len(s)))
        return obj

    def raw_decode(self, s, idx=0):
        """(value, end index) for the JSON value starting at s[idx]."""
        try:
            return self._value(s, idx)
        except _NoValue:
            raise ValueError("No JSON object could be decoded")

    def _value(self, s, idx):
        if idx >= len(s):
            raise _NoValue
        c = s[idx]
        if c == '"':
            return scanstring(s, idx + 1, self.encoding, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        for word, value in (('null', None), ('true', True), ('false', False)):
            if s.startswith(word, idx):
                return value, idx + len(word)
        for word in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(word, idx):
                return self.parse_constant(word), idx + len(word)
        return self._number(s, idx)

    def _number(self, s, idx):
        m = _NUMBER.match(s, idx)
        if m is None:
            raise _NoValue
        integer, frac, exp = m.groups()
        if frac or exp:
            return self.parse_float(integer + (frac or '') + (exp or '')), m.end()
        return self.parse_int(integer), m.end()

    def _array(self, s, idx):
        values = []
        last = len(s) - 1
        idx = _skip_ws(s, idx)
        if idx <= last and s[idx] != ']':
            while idx <= last:
                value, idx = self._value(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx > last or s[idx] == ']':
                    break
                if s[idx] != ',':
                    raise ValueError(errmsg("Expecting , delimiter", s, idx))
                idx = _skip_ws(s, idx + 1)
        if idx > last or s[idx] != ']':
            raise ValueError(errmsg("Expecting object", s, last))
        return values, idx + 1

    def _object(self, s, idx):
        pairs = []
        last = len(s) - 1
        idx = _skip_ws(s, idx)
        if idx <= last and s[idx] != '}':
            while idx <= last:
                if s[idx] != '"':
                    raise ValueError(errmsg("Expecting property name", s, idx))
                key, idx = scanstring(s, idx + 1, self.encoding, self.strict)
                idx = _skip_ws(s, idx)
                if idx > last or s[idx] != ':':
                    raise ValueError(errmsg("Expecting : delimiter", s, idx))
                idx = _skip_ws(s, idx + 1)
                value, idx = self._value(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx > last or s[idx] == '}':
                    break
                if s[idx] != ',':
                    raise ValueError(errmsg("Expecting , delimiter", s, idx))
                idx = _skip_ws(s, idx + 1)
        if idx > last or s[idx] != '}':
            raise ValueError(errmsg("Expecting object", s, last))
        return self._make_object(pairs), idx + 1

    def _make_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj
