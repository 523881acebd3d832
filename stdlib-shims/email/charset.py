"""Character sets in MIME: which encoding headers and bodies use for each charset (RFC 2045-2047)."""

import base64

import quopri

__all__ = ["Charset", "add_alias", "add_charset", "add_codec"]

QP = 1  # quoted-printable
BASE64 = 2
SHORTEST = 3  # whichever of the two is shorter (headers only)

DEFAULT_CHARSET = "us-ascii"

# charset -> (header encoding, body encoding, output charset), as 2.7's email package has them.
CHARSETS = {
    "us-ascii": (None, None, None),
    "big5": (BASE64, BASE64, None),
    "gb2312": (BASE64, BASE64, None),
    "euc-jp": (BASE64, None, "iso-2022-jp"),
    "shift_jis": (BASE64, None, "iso-2022-jp"),
    "iso-2022-jp": (BASE64, None, None),
    "koi8-r": (BASE64, BASE64, None),
    "utf-8": (SHORTEST, BASE64, "utf-8"),
    "8bit": (None, BASE64, "utf-8"),
    "windows-1252": (QP, QP, None),
    "viscii": (QP, QP, None),
}
for _n in range(1, 17):
    if _n not in (11, 12):
        CHARSETS["iso-8859-%d" % _n] = (QP, QP, None)

ALIASES = {"latin_1": "iso-8859-1", "latin-1": "iso-8859-1", "latin_2": "iso-8859-2",
           "latin-2": "iso-8859-2", "latin_3": "iso-8859-3", "latin-3": "iso-8859-3",
           "latin_4": "iso-8859-4", "latin-4": "iso-8859-4", "latin_5": "iso-8859-9",
           "latin-5": "iso-8859-9", "latin_6": "iso-8859-10", "latin-6": "iso-8859-10",
           "latin_7": "iso-8859-13", "latin-7": "iso-8859-13", "latin_8": "iso-8859-14",
           "latin-8": "iso-8859-14", "latin_9": "iso-8859-15", "latin-9": "iso-8859-15",
           "latin_10": "iso-8859-16", "latin-10": "iso-8859-16", "cp949": "ks_c_5601-1987",
           "euc_jp": "euc-jp", "euc_kr": "euc-kr", "ascii": "us-ascii"}

CODEC_MAP = {"gb2312": "eucgb2312_cn", "big5": "big5_tw", "us-ascii": None}


def add_charset(charset, header_enc=None, body_enc=None, output_charset=None):
    if body_enc == SHORTEST:
        raise ValueError("SHORTEST not allowed for body_enc")
    CHARSETS[charset] = (header_enc, body_enc, output_charset)


def add_alias(alias, canonical):
    ALIASES[alias] = canonical


def add_codec(charset, codecname):
    CODEC_MAP[charset] = codecname


class Charset(object):
    """A charset and how MIME encodes text in it."""

    def __init__(self, input_charset=DEFAULT_CHARSET):
        try:
            if isinstance(input_charset, unicode):
                input_charset.encode("ascii")
            else:
                input_charset = unicode(input_charset, "ascii")
        except UnicodeError:
            from email import errors
            raise errors.CharsetError(input_charset)
        input_charset = str(input_charset.lower())
        self.input_charset = ALIASES.get(input_charset, input_charset)
        header, body, output = CHARSETS.get(self.input_charset, (SHORTEST, BASE64, None))
        self.header_encoding = header
        self.body_encoding = body
        # Without a conversion the output charset is the input charset.
        output = output or self.input_charset
        self.output_charset = ALIASES.get(output, output)
        self.input_codec = CODEC_MAP.get(self.input_charset, self.input_charset)
        self.output_codec = CODEC_MAP.get(self.output_charset, self.output_charset)

    def __str__(self):
        return self.input_charset.lower()

    __repr__ = __str__

    def __eq__(self, other):
        return str(self) == str(other).lower()

    def __ne__(self, other):
        return not self.__eq__(other)

    def get_body_encoding(self):
        """The Content-Transfer-Encoding name, or the encoder function choosing 7bit/8bit."""
        if self.body_encoding == QP:
            return "quoted-printable"
        if self.body_encoding == BASE64:
            return "base64"
        from email import encoders
        return encoders.encode_7or8bit

    def convert(self, s):
        if self.input_codec != self.output_codec:
            return unicode(s, self.input_codec).encode(self.output_codec)
        return s

    def to_splittable(self, s):
        return s

    def from_splittable(self, ustr, to_output=True):
        return ustr

    def get_output_charset(self):
        return self.output_charset or self.input_charset

    def header_encode(self, s, convert=False):
        """One RFC 2047 encoded word: =?charset?b?...?= or =?charset?q?...?=."""
        cset = self.get_output_charset()
        if convert:
            s = self.convert(s)
        if isinstance(s, unicode):
            s = s.encode(cset)
        encoding = self.header_encoding
        if encoding == SHORTEST:
            encoding = BASE64 if len(_b_word(s)) <= len(_q_word(s)) else QP
        if encoding == BASE64:
            return "=?%s?b?%s?=" % (cset, _b_word(s))
        if encoding == QP:
            return "=?%s?q?%s?=" % (cset, _q_word(s))
        return s

    def body_encode(self, s, convert=True):
        if convert:
            s = self.convert(s)
        if self.body_encoding == BASE64:
            return base64.encodestring(s)
        if self.body_encoding == QP:
            return quopri.encodestring(s)
        return s


def _b_word(s):
    return base64.b64encode(s)


def _q_word(s):
    """RFC 2047 section 4.2 'Q' encoding: space as '_', other specials as =XX."""
    out = []
    for ch in s:
        if ch == " ":
            out.append("_")
        elif ch.isalnum() or ch in "!*+-/":
            out.append(ch)
        else:
            out.append("=%02X" % ord(ch))
    return "".join(out)
