"""Python 2.7 `io` module (the Python 3 style I/O stack), written for
PyCgiRunner, in the parts scripts use: io.open (text mode reads and writes
unicode, with encoding/errors/newline; binary mode is the plain file),
BytesIO (str only), StringIO (unicode only, TypeError on str as in 2.7) and
a TextIOWrapper over a byte stream.

The text layer decodes the whole stream when reading starts and encodes on
each write; without an encoding it uses ASCII, which is what 2.7 picks under
the C locale CGI programs usually run in."""

import os as _os

__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO",
           "BytesIO", "StringIO", "BufferedIOBase", "BufferedReader",
           "BufferedWriter", "BufferedRWPair", "BufferedRandom", "TextIOBase",
           "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "DEFAULT_BUFFER_SIZE"]

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(ValueError, IOError):
    pass


class BlockingIOError(IOError):

    def __init__(self, errno, strerror, characters_written=0):
        IOError.__init__(self, errno, strerror)
        self.characters_written = characters_written


class IOBase(object):
    closed = False

    def close(self):
        self.closed = True

    def flush(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def next(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and hint > 0 and total >= hint:
                break
        return lines

    def writelines(self, lines):
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    pass


class TextIOBase(IOBase):
    encoding = None
    errors = None
    newlines = None


class _MemoryIO(object):
    """The shared body of BytesIO and StringIO: a list of characters-worth
    of text with a position; _kind is the accepted type."""

    _kind = str
    _empty = ''

    def __init__(self, initial_value=None):
        if initial_value is None:
            initial_value = self._empty
        self._check_type(initial_value)
        self._data = initial_value
        self._pos = 0
        self.closed = False

    def _check_type(self, value):
        raise NotImplementedError

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check_open()
        return self._data

    def read(self, n=-1):
        self._check_open()
        if n is None or n < 0:
            n = len(self._data)
        result = self._data[self._pos:self._pos + n]
        self._pos += len(result)
        return result

    read1 = read

    def readline(self, limit=-1):
        self._check_open()
        end = self._data.find(self._empty.__class__('\n'), self._pos)
        end = len(self._data) if end < 0 else end + 1
        if limit is not None and limit >= 0:
            end = min(end, self._pos + limit)
        result = self._data[self._pos:end]
        self._pos = end
        return result

    def write(self, s):
        self._check_open()
        self._check_type(s)
        if self._pos > len(self._data):
            self._data += self._empty.__class__('\0') * (self._pos -
                                                         len(self._data))
        self._data = self._data[:self._pos] + s + \
            self._data[self._pos + len(s):]
        self._pos += len(s)
        return len(s)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._data)
        if pos < 0:
            raise ValueError("negative seek value %d" % pos)
        self._pos = pos
        return pos

    def tell(self):
        self._check_open()
        return self._pos

    def truncate(self, size=None):
        self._check_open()
        if size is None:
            size = self._pos
        self._data = self._data[:size]
        return size

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True


class BytesIO(_MemoryIO, BufferedIOBase):
    """In-memory bytes (str) stream."""

    _empty = ''

    def _check_type(self, value):
        if isinstance(value, unicode):
            raise TypeError("'unicode' does not have the buffer interface")
        if not isinstance(value, (str, bytearray)):
            raise TypeError("'%s' does not have the buffer interface"
                            % type(value).__name__)


class StringIO(_MemoryIO, TextIOBase):
    """In-memory text (unicode) stream."""

    _empty = u''

    def __init__(self, initial_value=u'', newline=u'\n'):
        if initial_value is not None and not isinstance(initial_value,
                                                        unicode):
            raise TypeError("initial_value must be unicode or None, not %s"
                            % type(initial_value).__name__)
        _MemoryIO.__init__(self, initial_value)

    def _check_type(self, value):
        if not isinstance(value, unicode):
            raise TypeError("unicode argument expected, got '%s'"
                            % type(value).__name__)


class TextIOWrapper(TextIOBase):
    """Text (unicode) over a byte stream: decodes with encoding/errors,
    translates newlines (newline=None: \\r\\n and \\r read as \\n)."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError("illegal newline value: %r" % (newline,))
        self.buffer = buffer
        self.encoding = encoding or 'ascii'
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._text = None
        self._pos = 0
        self.closed = False

    @property
    def name(self):
        return getattr(self.buffer, 'name', None)

    @property
    def mode(self):
        return getattr(self, '_mode', getattr(self.buffer, 'mode', None))

    def _load(self):
        if self._text is None:
            text = self.buffer.read().decode(self.encoding, self.errors)
            if self._newline is None:
                text = text.replace(u'\r\n', u'\n').replace(u'\r', u'\n')
            self._text = text
            self._pos = 0

    def _check_open(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def read(self, n=-1):
        self._check_open()
        self._load()
        if n is None or n < 0:
            n = len(self._text)
        result = self._text[self._pos:self._pos + n]
        self._pos += len(result)
        return result

    def readline(self, limit=-1):
        self._check_open()
        self._load()
        text = self._text
        if self._newline in ('\r', '\r\n'):
            ends = [self._newline]
        elif self._newline == '':
            ends = [u'\r\n', u'\n', u'\r']
        else:
            ends = [u'\n']
        best = -1
        width = 0
        for end in ends:
            i = text.find(end, self._pos)
            if i >= 0 and (best < 0 or i < best):
                best, width = i, len(end)
        stop = len(text) if best < 0 else best + width
        if limit is not None and limit >= 0:
            stop = min(stop, self._pos + limit)
        result = text[self._pos:stop]
        self._pos = stop
        return result

    def write(self, s):
        self._check_open()
        if not isinstance(s, unicode):
            raise TypeError("write() argument 1 must be unicode, not %s"
                            % type(s).__name__)
        text = s
        if self._newline is None and _os.linesep != '\n':
            text = text.replace(u'\n', _os.linesep)
        elif self._newline in ('\r', '\r\n'):
            text = text.replace(u'\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and u'\n' in s:
            self.flush()
        return len(s)

    def flush(self):
        if hasattr(self.buffer, 'flush'):
            self.buffer.flush()

    def close(self):
        if not self.closed:
            self.closed = True
            if hasattr(self.buffer, 'close'):
                self.buffer.close()

    def fileno(self):
        return self.buffer.fileno()

    def seek(self, pos, whence=0):
        self._check_open()
        if pos == 0 and whence == 0:
            self._text = None
            self.buffer.seek(0)
            return 0
        if whence == 2 and pos == 0:
            self.buffer.seek(0, 2)
            self._text = None
            return self.buffer.tell()
        raise UnsupportedOperation("can't do nonzero cur-relative seeks")

    def tell(self):
        if self._text is None:
            return self.buffer.tell()
        return len(self._text[:self._pos].encode(self.encoding, self.errors))

    def readable(self):
        return True

    def writable(self):
        return True

    def seekable(self):
        return True


import __builtin__
_builtin_open = __builtin__.open


class _BufferedFile(BufferedIOBase):
    """A binary file as io.open returns it: the builtin file underneath,
    under the class name 2.7 reports (BufferedReader/Writer/Random)."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        self.raw = raw

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def read(self, n=-1):
        if n is None:
            n = -1
        return self.raw.read(n)

    read1 = read

    def readline(self, limit=-1):
        if limit is None:
            limit = -1
        return self.raw.readline(limit)

    def write(self, b):
        if isinstance(b, unicode):
            raise TypeError("'unicode' does not have the buffer interface")
        self.raw.write(b)
        return len(b)

    def seek(self, pos, whence=0):
        self.raw.seek(pos, whence)
        return self.raw.tell()

    def tell(self):
        return self.raw.tell()

    def truncate(self, size=None):
        if size is None:
            size = self.raw.tell()
        self.raw.truncate(size)
        return size

    def flush(self):
        self.raw.flush()

    def close(self):
        self.raw.close()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def readable(self):
        return 'r' in self.raw.mode or '+' in self.raw.mode

    def writable(self):
        return 'r' not in self.raw.mode or '+' in self.raw.mode

    def seekable(self):
        return True


class BufferedReader(_BufferedFile):
    pass


class BufferedWriter(_BufferedFile):
    pass


class BufferedRandom(_BufferedFile):
    pass

FileIO = BufferedRWPair = None


def open(file, mode="r", buffering=-1, encoding=None, errors=None,
         newline=None, closefd=True):
    """Binary modes ('b') return the builtin file; text modes a
    TextIOWrapper yielding unicode."""
    if not isinstance(mode, basestring):
        raise TypeError("invalid mode: %r" % (mode,))
    modes = set(mode)
    if modes - set("arwb+tU") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % (mode,))
    binary = 'b' in modes
    if binary and 't' in modes:
        raise ValueError("can't have text and binary mode at once")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    raw_mode = mode.replace('t', '').replace('U', '')
    if 'b' not in raw_mode:
        raw_mode += 'b'
    if 'U' in modes and not ('r' in raw_mode or 'w' in raw_mode or
                             'a' in raw_mode):
        raw_mode = 'r' + raw_mode
    if isinstance(file, (int, long)):
        # closefd=False: the caller keeps its descriptor; we work on a copy.
        raw = _os.fdopen(file if closefd else _os.dup(file), raw_mode)
    else:
        raw = _builtin_open(file, raw_mode)
    if binary:
        if '+' in raw_mode:
            return BufferedRandom(raw)
        if 'r' in raw_mode:
            return BufferedReader(raw)
        return BufferedWriter(raw)
    wrapper = TextIOWrapper(raw, encoding, errors, newline,
                            line_buffering=(buffering == 1))
    wrapper._mode = mode
    return wrapper
