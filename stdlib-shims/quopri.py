"""Quoted-printable encoding (RFC 1521 section 5.1) over the engine's binascii."""

import binascii

__all__ = ["encode", "decode", "encodestring", "decodestring"]

ESCAPE = "="
MAXLINESIZE = 76
HEX = "0123456789ABCDEF"
EMPTYSTRING = ""


def needsquoting(c, quotetabs, header):
    """Whether character c must be written as =XX."""
    if c in " \t":
        return quotetabs
    if c == "_":
        return header
    return c == ESCAPE or not (" " <= c <= "~")


def quote(c):
    return ESCAPE + HEX[ord(c) // 16] + HEX[ord(c) % 16]


def encodestring(s, quotetabs=False, header=False):
    return binascii.b2a_qp(s, quotetabs=quotetabs, header=header)


def decodestring(s, header=False):
    return binascii.a2b_qp(s, header=header)


def encode(input, output, quotetabs, header=False):
    output.write(encodestring(input.read(), quotetabs, header))


def decode(input, output, header=False):
    output.write(decodestring(input.read(), header))


def ishex(c):
    return c in "0123456789abcdefABCDEF"


def unhex(s):
    return int(s, 16)
