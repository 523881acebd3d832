"""HMAC (RFC 2104) keyed hashing over hashlib, with Python 2.7's interface."""

import hashlib
import warnings

# RFC 2104 section 2: the key, padded to the block size, is XORed with these two bytes.
trans_5C = "".join([chr(x ^ 0x5C) for x in range(256)])
trans_36 = "".join([chr(x ^ 0x36) for x in range(256)])

# hmac.digest_size is None in 2.7: the size depends on the hash chosen.
digest_size = None

_DEFAULT_BLOCK_SIZE = 64


def _constructor(digestmod):
    """digestmod may be a constructor (hashlib.sha1) or a legacy module with new() (md5, sha)."""
    if digestmod is None:
        return hashlib.md5
    if callable(digestmod):
        return digestmod
    return lambda data="": digestmod.new(data)


class HMAC(object):
    """RFC 2104 HMAC: H((K ^ opad) + H((K ^ ipad) + message))."""

    blocksize = _DEFAULT_BLOCK_SIZE

    def __init__(self, key, msg=None, digestmod=None):
        if key is _COPY_MARKER:
            return
        self.digest_cons = _constructor(digestmod)
        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size
        blocksize = getattr(self.inner, "block_size", self.blocksize)
        if blocksize < 16:
            warnings.warn("block_size of %d seems too small; using our default of %d."
                          % (blocksize, self.blocksize), RuntimeWarning, 2)
            blocksize = self.blocksize
        # RFC 2104 section 3: keys longer than a block are hashed first.
        if len(key) > blocksize:
            key = self.digest_cons(key).digest()
        key = key + chr(0) * (blocksize - len(key))
        self.outer.update(key.translate(trans_5C))
        self.inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        self.inner.update(msg)

    def copy(self):
        other = self.__class__(_COPY_MARKER)
        other.digest_cons = self.digest_cons
        other.digest_size = self.digest_size
        other.inner = self.inner.copy()
        other.outer = self.outer.copy()
        return other

    def _current(self):
        outer = self.outer.copy()
        outer.update(self.inner.copy().digest())
        return outer

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


_COPY_MARKER = object()


def new(key, msg=None, digestmod=None):
    return HMAC(key, msg, digestmod)


def compare_digest(a, b):
    """Compare in time that depends only on the length, so a timing attack learns nothing."""
    both_text = isinstance(a, unicode) and isinstance(b, unicode)
    a_bytes = isinstance(a, (str, bytearray))
    b_bytes = isinstance(b, (str, bytearray))
    if not both_text:
        # Messages as 2.7's C implementation words them.
        if a_bytes != b_bytes:
            other = b if a_bytes else a
            raise TypeError("'%s' does not have the buffer interface" % type(other).__name__)
        if not a_bytes:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        a = str(a)
        b = str(b)
    if len(a) != len(b):
        # Still walk b so the time spent does not reveal where a mismatch is.
        a = b
        result = 1
    else:
        result = 0
    for x, y in zip(a, b):
        result |= ord(x) ^ ord(y)
    return result == 0
