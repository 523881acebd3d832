"""Base16, Base32 and Base64 encodings (RFC 3548) for Python 2.7 programs, on the native binascii.

Errors are TypeError in 2.7 (not binascii.Error), which scripts catch.
"""

import binascii
import string

__all__ = ["encode", "decode", "encodestring", "decodestring", "b64encode", "b64decode",
           "b32encode", "b32decode", "b16encode", "b16decode", "standard_b64encode",
           "standard_b64decode", "urlsafe_b64encode", "urlsafe_b64decode"]

EMPTYSTRING = ""

# RFC 2045 section 6.8: encoded lines are at most 76 characters, i.e. 57 input bytes.
MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


# ---------------------------------------------------------------------------------------------------
# Base64 (RFC 3548 section 3, with the URL-safe alphabet of section 4).

def b64encode(s, altchars=None):
    """Encode s; altchars (2 characters) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s)[:-1]
    if altchars is not None:
        encoded = encoded.translate(string.maketrans("+/", altchars[:2]))
    return encoded


def b64decode(s, altchars=None):
    """Decode s; characters outside the alphabet are skipped, bad padding raises TypeError."""
    if altchars is not None:
        s = s.translate(string.maketrans(altchars[:2], "+/"))
    try:
        return binascii.a2b_base64(s)
    except binascii.Error, error:
        raise TypeError(error)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """RFC 3548 section 4: '-' and '_' instead of '+' and '/'."""
    return b64encode(s, "-_")


def urlsafe_b64decode(s):
    return b64decode(s, "-_")


# ---------------------------------------------------------------------------------------------------
# Base32 (RFC 3548 section 5): 5 bytes become 8 characters of A-Z2-7, '=' pads the last group.

_B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32_VALUE = dict((ch, i) for i, ch in enumerate(_B32_ALPHABET))

# Characters written for a final group of 1..5 bytes, and the reverse: '=' count -> bytes kept.
_B32_CHARS_FOR_BYTES = {1: 2, 2: 4, 3: 5, 4: 7, 5: 8}
_B32_BYTES_FOR_PADDING = {1: 4, 3: 3, 4: 2, 6: 1}


def b32encode(s):
    out = []
    for start in range(0, len(s), 5):
        group = s[start:start + 5]
        bits = 0
        for ch in group.ljust(5, "\0"):
            bits = (bits << 8) | ord(ch)
        chars = [_B32_ALPHABET[(bits >> shift) & 31] for shift in range(35, -1, -5)]
        used = _B32_CHARS_FOR_BYTES[len(group)]
        out.append("".join(chars[:used]) + "=" * (8 - used))
    return "".join(out)


def b32decode(s, casefold=False, map01=None):
    """Decode s; map01 names the letter the digit 1 stands for (0 is always O)."""
    if len(s) % 8:
        raise TypeError("Incorrect padding")
    if map01:
        s = s.translate(string.maketrans("01", "O" + map01))
    if casefold:
        s = s.upper()
    stripped = s.rstrip("=")
    padding = len(s) - len(stripped)
    out = []
    for start in range(0, len(stripped), 8):
        group = stripped[start:start + 8]
        bits = 0
        for ch in group:
            value = _B32_VALUE.get(ch)
            if value is None:
                raise TypeError("Non-base32 digit found")
            bits = (bits << 5) | value
        bits <<= 5 * (8 - len(group))
        out.append("".join(chr((bits >> shift) & 255) for shift in range(32, -1, -8)))
    if padding:
        if padding not in _B32_BYTES_FOR_PADDING:
            raise TypeError("Incorrect padding")
        out[-1] = out[-1][:_B32_BYTES_FOR_PADDING[padding]]
    return "".join(out)


# ---------------------------------------------------------------------------------------------------
# Base16 (RFC 3548 section 6): upper-case hexadecimal.

def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    if casefold:
        s = s.upper()
    for ch in s:
        if ch not in "0123456789ABCDEF":
            raise TypeError("Non-base16 digit found")
    return binascii.unhexlify(s)


# ---------------------------------------------------------------------------------------------------
# The MIME line-oriented interface (RFC 2045 section 6.8): 76-character lines ending in newline.

def encode(input, output):
    """Read binary data from file `input`, write base64 lines to file `output`."""
    while True:
        chunk = input.read(MAXBINSIZE)
        if not chunk:
            break
        while len(chunk) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(chunk))
            if not more:
                break
            chunk += more
        output.write(binascii.b2a_base64(chunk))


def decode(input, output):
    """Read base64 lines from file `input`, write the decoded bytes to file `output`."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


def encodestring(s):
    """Encode s into newline-terminated lines of at most 76 characters."""
    return "".join([binascii.b2a_base64(s[i:i + MAXBINSIZE]) for i in range(0, len(s), MAXBINSIZE)])


def decodestring(s):
    return binascii.a2b_base64(s)
