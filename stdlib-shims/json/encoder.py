"""JSON serialisation for the json package (Python 2.7 layout)."""

import re

__all__ = ['JSONEncoder']

INFINITY = float('inf')

# Characters needing an escape in any JSON string, and their short forms.
_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r',
                  '\t': '\\t', '\b': '\\b', '\f': '\\f'}
_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
_NEEDS_ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')


def _escape_char(ch):
    short = _SHORT_ESCAPES.get(ch)
    if short is not None:
        return short
    n = ord(ch)
    if n < 0x10000:
        return '\\u%04x' % n
    # Outside the BMP (wide builds only): a UTF-16 surrogate pair.
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def encode_basestring(s):
    """JSON string literal keeping non-ASCII characters as they are."""
    return '"' + _NEEDS_ESCAPE.sub(lambda m: _escape_char(m.group(0)), s) + '"'


def encode_basestring_ascii(s, encoding='utf-8'):
    """JSON string literal in pure ASCII (non-ASCII as \\uXXXX); a str holding
    non-ASCII bytes is decoded with `encoding` first."""
    if isinstance(s, str) and _has_high_bytes(s):
        s = s.decode(encoding)
    return str('"' + _NEEDS_ESCAPE_ASCII.sub(lambda m: _escape_char(m.group(0)), s) + '"')


def _has_high_bytes(s):
    for ch in s:
        if ch > '\x7f':
            return True
    return False


def _float_text(o, allow_nan):
    """repr for finite floats; the JavaScript names for the others."""
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        # The wording of 2.7's C encoder (its Python fallback adds the repr).
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder(object):
    """Extensible JSON encoder; override default() to serialise other types."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None,
                 encoding='utf-8', default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default
        self.encoding = encoding

    def default(self, o):
        raise TypeError(repr(o) + " is not JSON serializable")

    def encode(self, o):
        """The JSON text for o, as one string."""
        if isinstance(o, basestring):
            return self._string(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        """Yield the JSON text for o piece by piece."""
        markers = {} if self.check_circular else None
        return _Writer(self, markers).encode(o, 0)

    def _string(self, s):
        if isinstance(s, str) and self.encoding not in (None, 'utf-8'):
            s = s.decode(self.encoding)
        if self.ensure_ascii:
            return encode_basestring_ascii(s, self.encoding or 'utf-8')
        return encode_basestring(s)


class _Writer(object):
    """One encoding run: walks the value and yields text chunks."""

    def __init__(self, encoder, markers):
        self.enc = encoder
        self.markers = markers
        indent = encoder.indent
        if indent is not None and not isinstance(indent, basestring):
            indent = ' ' * indent
        self.indent = indent

    def _enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o

    def _leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def _newline(self, level):
        return '\n' + self.indent * level

    def encode(self, o, level):
        scalar = self._scalar(o)
        if scalar is not None:
            yield scalar
        elif isinstance(o, (list, tuple)):
            for chunk in self._list(o, level):
                yield chunk
        elif isinstance(o, dict):
            for chunk in self._dict(o, level):
                yield chunk
        else:
            self._enter(o)
            for chunk in self.encode(self.enc.default(o), level):
                yield chunk
            self._leave(o)

    def _scalar(self, o):
        """Text for a JSON scalar, or None when o is not one."""
        if isinstance(o, basestring):
            return self.enc._string(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, (int, long)):
            return str(long(o))  # str of a long has no 'L' suffix
        if isinstance(o, float):
            return _float_text(o, self.enc.allow_nan)
        return None

    def _list(self, lst, level):
        if not lst:
            yield '[]'
            return
        self._enter(lst)
        separator = self.enc.item_separator
        if self.indent is not None:
            level += 1
            separator += self._newline(level)
            yield '[' + self._newline(level)
        else:
            yield '['
        first = True
        for value in lst:
            if not first:
                yield separator
            first = False
            for chunk in self.encode(value, level):
                yield chunk
        if self.indent is not None:
            yield self._newline(level - 1)
        yield ']'
        self._leave(lst)

    def _key_text(self, key):
        """The string form of a dict key, or None to skip it (skipkeys)."""
        if isinstance(key, basestring):
            return key
        if isinstance(key, float):
            return _float_text(key, self.enc.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, (int, long)):
            return str(key)
        if self.enc.skipkeys:
            return None
        raise TypeError("keys must be a string")

    def _dict(self, dct, level):
        if not dct:
            yield '{}'
            return
        self._enter(dct)
        separator = self.enc.item_separator
        if self.indent is not None:
            level += 1
            separator += self._newline(level)
            yield '{' + self._newline(level)
        else:
            yield '{'
        items = dct.items()
        if self.enc.sort_keys:
            items.sort(key=lambda kv: kv[0])
        first = True
        for key, value in items:
            key = self._key_text(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.enc._string(key)
            yield self.enc.key_separator
            for chunk in self.encode(value, level):
                yield chunk
        if self.indent is not None:
            yield self._newline(level - 1)
        yield '}'
        self._leave(dct)
