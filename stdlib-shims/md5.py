"""The legacy md5 module (deprecated since 2.5): a thin alias of hashlib.md5."""

import warnings
warnings.warn("the md5 module is deprecated; use hashlib instead", DeprecationWarning, 2)

from hashlib import md5

new = md5
blocksize = 1  # the legacy module's documented value
digest_size = 16
