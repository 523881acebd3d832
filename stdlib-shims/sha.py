"""The legacy sha module (deprecated since 2.5): a thin alias of hashlib.sha1."""

import warnings
warnings.warn("the sha module is deprecated; use the hashlib module instead", DeprecationWarning, 2)

from hashlib import sha1 as sha

new = sha
blocksize = 1  # the legacy module's documented value
digest_size = digestsize = 20
