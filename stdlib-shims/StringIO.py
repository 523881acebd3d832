"""Python 2.7 `StringIO` module, written for PyCgiRunner.

A file-like object over an in-memory string.  Like 2.7's, it accepts both str
and unicode: pieces are kept in a list and joined on demand, so mixing ASCII
str with unicode yields unicode and mixing non-ASCII str with unicode raises
UnicodeError only when the value is needed.
"""

import errno as _errno

__all__ = ["StringIO"]


def _check_open(f):
    if f.closed:
        raise ValueError("I/O operation on closed file")


class StringIO(object):
    """StringIO([buffer]) -- an in-memory file; buffer is its initial content."""

    def __init__(self, buf=''):
        if not isinstance(buf, basestring):
            buf = str(buf)
        self.buf = buf          # the joined content, valid up to `pending`
        self.len = len(buf)
        self.pending = []       # writes appended at the end, not yet joined
        self.pos = 0
        self.closed = False
        self.softspace = 0      # used by the print statement

    def _flush_pending(self):
        if self.pending:
            self.buf += ''.join(self.pending)
            self.pending = []

    def __iter__(self):
        return self

    def next(self):
        _check_open(self)
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        if not self.closed:
            self.closed = True
            del self.buf, self.pos

    def isatty(self):
        _check_open(self)
        return False

    def seek(self, pos, mode=0):
        _check_open(self)
        self._flush_pending()
        if mode == 1:
            pos += self.pos
        elif mode == 2:
            pos += self.len
        self.pos = max(0, pos)

    def tell(self):
        _check_open(self)
        return self.pos

    def read(self, n=-1):
        _check_open(self)
        self._flush_pending()
        if n is None or n < 0:
            end = self.len
        else:
            end = min(self.pos + n, self.len)
        data = self.buf[self.pos:end]
        self.pos = max(self.pos, end)
        return data

    def readline(self, length=None):
        _check_open(self)
        self._flush_pending()
        nl = self.buf.find('\n', self.pos)
        if nl < 0:
            end = self.len
        else:
            end = nl + 1
        if length is not None and length >= 0 and self.pos + length < end:
            end = self.pos + length
        line = self.buf[self.pos:end]
        self.pos = max(self.pos, end)
        return line

    def readlines(self, sizehint=0):
        total = 0
        lines = []
        line = self.readline()
        while line:
            lines.append(line)
            total += len(line)
            if 0 < sizehint <= total:
                break
            line = self.readline()
        return lines

    def truncate(self, size=None):
        _check_open(self)
        if size is None:
            size = self.pos
        elif size < 0:
            raise IOError(_errno.EINVAL, "Negative size not allowed")
        elif size < self.pos:
            self.pos = size
        self.buf = self.getvalue()[:size]
        self.len = size

    def write(self, s):
        _check_open(self)
        if not s:
            return
        if not isinstance(s, basestring):
            s = str(s)
        if self.pos == self.len:
            # The common case: appending.  Defer the join.
            self.pending.append(s)
            self.len += len(s)
            self.pos = self.len
            return
        self._flush_pending()
        if self.pos > self.len:
            # Writing past the end fills the gap with NUL bytes.
            self.buf += '\0' * (self.pos - self.len)
            self.len = self.pos
        end = self.pos + len(s)
        self.buf = self.buf[:self.pos] + s + self.buf[end:]
        self.len = len(self.buf)
        self.pos = end

    def writelines(self, iterable):
        for line in iterable:
            self.write(line)

    def flush(self):
        _check_open(self)

    def getvalue(self):
        """The whole content, regardless of the position."""
        _check_open(self)
        self._flush_pending()
        return self.buf
