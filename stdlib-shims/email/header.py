"""Header values with non-ASCII text: RFC 2047 encoded words, and decode_header()."""

import base64
import re

import quopri
from email.charset import Charset
from email import errors

__all__ = ["Header", "decode_header", "make_header"]

USASCII = Charset("us-ascii")
UTF8 = Charset("utf-8")
MAXLINELEN = 76

# RFC 2047 section 2: =?charset?encoding?encoded-text?=
ecre = re.compile(r"=\?([^?]*?)\?([qb])\?(.*?)\?=", re.IGNORECASE | re.MULTILINE)

HeaderParseError = errors.HeaderParseError


def _decode_word(encoding, text):
    encoding = encoding.lower()
    if encoding == "q":
        # RFC 2047 section 4.2: '_' is a space in the Q encoding.
        return quopri.decodestring(text.replace("_", " "), header=True)
    padding = len(text) % 4
    if padding:
        text += "==="[:4 - padding]
    try:
        return base64.b64decode(text)
    except TypeError:
        raise HeaderParseError("Base64 decoding error")


def decode_header(header):
    """'=?utf-8?q?caf=C3=A9?= x' -> [('caf\\xc3\\xa9', 'utf-8'), ('x', None)].

    Plain text comes back with charset None; neighbouring pieces in one charset are joined.
    """
    header = str(header)
    if not ecre.search(header):
        return [(header, None)]
    decoded = []
    for line in header.splitlines():
        parts = ecre.split(line)
        while parts:
            plain = parts.pop(0).strip()
            if plain:
                if decoded and decoded[-1][1] is None:
                    decoded[-1] = (decoded[-1][0] + " " + plain, None)
                else:
                    decoded.append((plain, None))
            if parts:
                charset, encoding = parts[0].lower(), parts[1]
                text = _decode_word(encoding, parts[2])
                del parts[0:3]
                if decoded and decoded[-1][1] == charset:
                    decoded[-1] = (decoded[-1][0] + text, charset)
                else:
                    decoded.append((text, charset))
    return decoded


def make_header(decoded_seq, maxlinelen=None, header_name=None, continuation_ws=" "):
    header = Header(maxlinelen=maxlinelen, header_name=header_name, continuation_ws=continuation_ws)
    for text, charset in decoded_seq:
        if charset is not None and not isinstance(charset, Charset):
            charset = Charset(charset)
        header.append(text, charset)
    return header


class Header(object):
    """A header value made of chunks, each in one charset; encode() gives the RFC 2047 form."""

    def __init__(self, s=None, charset=None, maxlinelen=None, header_name=None,
                 continuation_ws=" ", errors="strict"):
        if charset is None:
            charset = USASCII
        if not isinstance(charset, Charset):
            charset = Charset(charset)
        self._charset = charset
        self._continuation_ws = continuation_ws
        self._chunks = []
        if s is not None:
            self.append(s, charset, errors)
        self._maxlinelen = maxlinelen or MAXLINELEN
        self._header_name = header_name

    def __str__(self):
        return self.encode()

    def __unicode__(self):
        pieces = []
        previous = None
        for text, charset in self._chunks:
            codec = charset.output_codec or "us-ascii"
            value = unicode(text, codec) if not isinstance(text, unicode) else text
            if previous is not None and (str(previous) == "us-ascii") != (str(charset) == "us-ascii"):
                pieces.append(u" ")
            pieces.append(value)
            previous = charset
        return u"".join(pieces)

    def __eq__(self, other):
        return other == self.encode()

    def __ne__(self, other):
        return not self == other

    def append(self, s, charset=None, errors="strict"):
        """Add text; byte strings must be valid in `charset`, unicode is encoded to it."""
        if charset is None:
            charset = self._charset
        elif not isinstance(charset, Charset):
            charset = Charset(charset)
        if str(charset) != "8bit":
            if isinstance(s, str):
                unicode(s, charset.input_codec or "us-ascii", errors)
            elif isinstance(s, unicode):
                for candidate in (USASCII, charset, UTF8):
                    try:
                        s = s.encode(candidate.output_codec or "us-ascii", errors)
                        charset = candidate
                        break
                    except UnicodeError:
                        pass
        self._chunks.append((s, charset))

    def encode(self, splitchars=";, "):
        """The header value folded to the line length, non-ASCII chunks as encoded words."""
        words = []
        for text, charset in self._chunks:
            if charset.header_encoding is None:
                words.append(text)
            else:
                words.append(charset.header_encode(text))
        value = " ".join(words)
        first = self._maxlinelen - (len(self._header_name) + 2 if self._header_name else 0)
        return _fold(value, first, self._maxlinelen, self._continuation_ws, splitchars)


def _fold(value, first, rest, continuation_ws, splitchars):
    """Break a long value at the first split character it contains ('; ' before ', ' before ' ').

    Short values, and values already holding line breaks, are left alone.
    """
    if len(value) <= first or "\n" in value:
        return value
    for sep in splitchars:
        if sep in value:
            break
    else:
        return value
    glue = sep + " " if sep in ";," else " "
    parts = [part.strip() for part in value.split(sep)]
    lines = []
    current = ""
    limit = first
    for part in parts:
        candidate = current + glue + part if current else part
        if current and len(candidate) > limit:
            lines.append(current + (sep if sep in ";," else ""))
            current = part
            limit = rest - len(continuation_ws)
        else:
            current = candidate
    lines.append(current)
    return ("\n" + continuation_ws).join(lines)
