# hmac for PyCgiRunner, written here from RFC 2104 and the library reference. The jython package's hmac.py
# predates Python 2.7.7 and has no compare_digest; this one behaves as 2.7.18's does.
"""HMAC (keyed hashing for message authentication, RFC 2104)."""

import warnings as _warnings
from operator import _compare_digest as compare_digest

# The pads of RFC 2104 section 2 as translation tables over every byte value.
_OUTER_PAD = ''.join(chr(byte ^ 0x5C) for byte in range(256))
_INNER_PAD = ''.join(chr(byte ^ 0x36) for byte in range(256))

# The digest size of the module-level interface (PEP 247): it depends on the digest in use.
digest_size = None

# Passing this as the key makes an uninitialised HMAC for copy() to fill in.
_COPY = object()


def _constructor(digestmod):
    """A callable making a fresh hash object from the digestmod HMAC accepts (module, constructor or None)."""
    if digestmod is None:
        import hashlib
        return hashlib.md5
    if callable(digestmod):
        return digestmod
    return lambda data='': digestmod.new(data)


class HMAC:
    """An RFC 2104 HMAC over any hash with the hashlib interface (md5 unless another is given)."""

    blocksize = 64  # used when the digest does not say its block size

    def __init__(self, key, msg=None, digestmod=None):
        if key is _COPY:
            return
        self.digest_cons = _constructor(digestmod)
        self.outer = self.digest_cons()
        self.inner = self.digest_cons()
        self.digest_size = self.inner.digest_size
        block = getattr(self.inner, 'block_size', None)
        if block is None:
            _warnings.warn('No block_size attribute on given digest object; Assuming %d.' % self.blocksize,
                           RuntimeWarning, 2)
            block = self.blocksize
        elif block < 16:
            _warnings.warn('block_size of %d seems too small; using our default of %d.' % (block, self.blocksize),
                           RuntimeWarning, 2)
            block = self.blocksize
        # Keys longer than a block are hashed first; shorter ones are padded with zero bytes.
        if len(key) > block:
            key = self.digest_cons(key).digest()
        key = key.ljust(block, '\0')
        self.outer.update(key.translate(_OUTER_PAD))
        self.inner.update(key.translate(_INNER_PAD))
        if msg is not None:
            self.update(msg)

    def update(self, msg):
        """Feed more of the message."""
        self.inner.update(msg)

    def copy(self):
        """An independent HMAC with the same state."""
        twin = self.__class__(_COPY)
        twin.digest_cons = self.digest_cons
        twin.digest_size = self.digest_size
        twin.inner = self.inner.copy()
        twin.outer = self.outer.copy()
        return twin

    def _finished(self):
        # The outer hash over the inner digest, leaving this object usable for more updates.
        outer = self.outer.copy()
        outer.update(self.inner.digest())
        return outer

    def digest(self):
        """The MAC of the message so far, as a byte string."""
        return self._finished().digest()

    def hexdigest(self):
        """The MAC of the message so far, in hexadecimal."""
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=None):
    """A new HMAC object: new(key, msg).hexdigest()."""
    return HMAC(key, msg, digestmod)
