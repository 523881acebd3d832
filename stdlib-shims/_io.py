"""_io for PyCgiRunner: the classes behind io (library reference 15.2), taken from the library's own _pyio.

CPython writes _io in C and keeps _pyio, the same classes in Python, beside it. Here _io is a private copy of
_pyio with the one class _pyio takes from _io written here: FileIO, the raw file over the os module's
descriptors (every file goes through the run's sandbox platform).

The import cycle: _pyio imports io (for __all__, the SEEK_* names and to register its classes with io's ABCs)
and io imports _io. So _pyio is run here against a small stand-in for io, under its own name but kept out of
sys.modules afterwards: a script that imports _pyio itself gets a fresh copy with separate classes, as in
CPython, where _pyio's classes are not _io's.
"""
import sys as _sys
import os as _os
import errno as _errno
import stat as _stat
import types as _types


class FileIO(object):
    """Stands for the real FileIO (below) while _pyio is being loaded: _pyio takes the name at import."""


def _load_pyio():
    stand_in = _types.ModuleType("io")

    class _ABCStandIn(object):
        @classmethod
        def register(cls, subclass):
            return subclass

    stand_in.__all__ = ["BlockingIOError", "open", "IOBase", "RawIOBase", "FileIO", "BytesIO", "StringIO",
                        "BufferedIOBase", "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
                        "TextIOBase", "TextIOWrapper", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]
    stand_in.SEEK_SET, stand_in.SEEK_CUR, stand_in.SEEK_END = 0, 1, 2
    stand_in.IOBase = stand_in.RawIOBase = stand_in.BufferedIOBase = stand_in.TextIOBase = _ABCStandIn
    saved = dict((name, _sys.modules.get(name)) for name in ("io", "_pyio"))
    _sys.modules["io"] = stand_in
    _sys.modules.pop("_pyio", None)
    try:
        return __import__("_pyio")
    finally:
        for name, module in saved.items():
            if module is None:
                _sys.modules.pop(name, None)
            else:
                _sys.modules[name] = module

_impl = _load_pyio()

DEFAULT_BUFFER_SIZE = _impl.DEFAULT_BUFFER_SIZE
BlockingIOError = _impl.BlockingIOError
UnsupportedOperation = _impl.UnsupportedOperation
_IOBase = _impl.IOBase
_RawIOBase = _impl.RawIOBase
_BufferedIOBase = _impl.BufferedIOBase
_TextIOBase = _impl.TextIOBase
BytesIO = _impl.BytesIO
StringIO = _impl.StringIO
BufferedReader = _impl.BufferedReader
BufferedWriter = _impl.BufferedWriter
BufferedRWPair = _impl.BufferedRWPair
BufferedRandom = _impl.BufferedRandom
IncrementalNewlineDecoder = _impl.IncrementalNewlineDecoder
TextIOWrapper = _impl.TextIOWrapper


def _checked_text_write(write):
    """_pyio's text write names the failure in its own words; C's _io, which scripts print, says it as below."""
    def checked(self, s):
        if not isinstance(s, unicode):
            kind = type(s).__name__
            if isinstance(self, _impl.StringIO):
                raise TypeError("unicode argument expected, got '%s'" % kind)
            raise TypeError("write() argument 1 must be unicode, not %s" % kind)
        return write(self, s)
    checked.__name__ = 'write'
    checked.__doc__ = write.__doc__
    return checked

_impl.TextIOWrapper.write = _checked_text_write(_impl.TextIOWrapper.write)

_BUFFERS = (str, bytearray, buffer, memoryview)
_HEAP_TYPE = 1 << 9


def _c_type_name(value):
    """The type's name as C messages print it: a C type outside __builtin__ carries its module (array.array)."""
    kind = type(value)
    if kind.__flags__ & _HEAP_TYPE or kind.__module__ == '__builtin__':
        return kind.__name__
    return '%s.%s' % (kind.__module__, kind.__name__)


def _checked_bytes_write(write):
    """BytesIO takes only objects with the buffer interface, and says so as C's _io does."""
    def checked(self, b):
        if not isinstance(b, _BUFFERS):
            raise TypeError("'%s' does not have the buffer interface" % _c_type_name(b))
        return write(self, b)
    checked.__name__ = 'write'
    checked.__doc__ = write.__doc__
    return checked


def _checked_buffered_write(write):
    """C's BufferedWriter reads its argument as "s*": a unicode goes in through the default encoding."""
    def checked(self, b):
        if isinstance(b, unicode):
            b = str(b)
        elif not isinstance(b, _BUFFERS) and not hasattr(b, 'tostring'):
            raise TypeError("write() argument 1 must be string or buffer, not %s" % type(b).__name__)
        return write(self, b)
    checked.__name__ = 'write'
    checked.__doc__ = write.__doc__
    return checked

_impl.BytesIO.write = _checked_bytes_write(_impl.BytesIO.write)


def _checked_string_init(init):
    """C's StringIO takes only unicode (or None) as its initial value; _pyio would convert a str."""
    def checked(self, initial_value=u"", newline="\n"):
        if initial_value is not None and not isinstance(initial_value, unicode):
            raise TypeError("initial_value must be unicode or None, not %s" % _c_type_name(initial_value))
        return init(self, initial_value or u"", newline)
    checked.__name__ = '__init__'
    return checked

_impl.StringIO.__init__ = _checked_string_init(_impl.StringIO.__init__)
_impl.BufferedWriter.write = _checked_buffered_write(_impl.BufferedWriter.write)
open = _impl.open


def _closed_error():
    return ValueError("I/O operation on closed file")


class FileIO(_RawIOBase):
    """FileIO(file, mode='r', closefd=True): a raw binary file, by name or over a descriptor.

    mode is 'r', 'w' or 'a' (with 'b' allowed and '+' for reading and writing); 'w' truncates or creates, 'a'
    creates and writes at the end. With closefd=False, closing leaves the descriptor open.
    """

    def __init__(self, file, mode='r', closefd=True):
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        self._fd = -1
        readable = writable = appending = plus = False
        kinds = 0
        for c in mode:
            if c in 'rwa':
                kinds += 1
                readable, writable, appending = readable or c == 'r', writable or c in 'wa', appending or c == 'a'
                created = c
            elif c == '+':
                if plus:
                    kinds = 2
                plus = True
            elif c != 'b':
                raise ValueError("invalid mode: %s" % mode)
        if kinds != 1:
            raise ValueError("Must have exactly one of read/write/append mode and at most one plus")
        if plus:
            readable = writable = True
        flags = _os.O_RDWR if readable and writable else (_os.O_WRONLY if writable else _os.O_RDONLY)
        if created == 'w':
            flags |= _os.O_CREAT | _os.O_TRUNC
        elif created == 'a':
            flags |= _os.O_CREAT | _os.O_APPEND
        self._readable, self._writable, self._appending = readable, writable, appending
        if isinstance(file, (int, long)):
            if file < 0:
                raise ValueError("negative file descriptor")
            if file > 2:
                _os.fstat(file)
            self._fd = file
            self._closefd = bool(closefd)
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            if _os.path.isdir(file):
                raise IOError(_errno.EISDIR, "Is a directory", file)
            try:
                self._fd = _os.open(file, flags, 0666)
            except OSError, e:
                raise IOError(e.errno, e.strerror, file)
            self._closefd = True
        self.name = file
        if appending:
            _os.lseek(self._fd, 0, 2)

    @property
    def mode(self):
        if self._appending:
            return 'ab+' if self._readable else 'ab'
        if self._readable:
            return 'rb+' if self._writable else 'rb'
        return 'wb'

    @property
    def closefd(self):
        return self._closefd

    @property
    def closed(self):
        return self._fd < 0

    def __repr__(self):
        if self._fd < 0:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r>" % (self.name, self.mode)

    def _check(self, readable=False, writable=False):
        if self._fd < 0:
            raise _closed_error()
        if readable and not self._readable:
            raise ValueError("File not open for reading")
        if writable and not self._writable:
            raise ValueError("File not open for writing")

    def fileno(self):
        self._check()
        return self._fd

    def readable(self):
        self._check()
        return self._readable

    def writable(self):
        self._check()
        return self._writable

    def seekable(self):
        self._check()
        try:
            _os.lseek(self._fd, 0, 1)
        except OSError:
            return False
        return True

    def isatty(self):
        self._check()
        return False

    def read(self, n=-1):
        self._check(readable=True)
        if n is None or n < 0:
            return self.readall()
        return _os.read(self._fd, n)

    def readall(self):
        self._check(readable=True)
        chunks = []
        while True:
            data = _os.read(self._fd, DEFAULT_BUFFER_SIZE * 8)
            if not data:
                return "".join(chunks)
            chunks.append(data)

    def readinto(self, b):
        self._check(readable=True)
        data = _os.read(self._fd, len(b))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check(writable=True)
        if isinstance(b, unicode):
            b = b.encode()
        elif isinstance(b, memoryview):
            b = b.tobytes()
        elif isinstance(b, (bytearray, buffer)):
            b = str(b)
        elif hasattr(b, 'tostring') and not isinstance(b, str):
            b = b.tostring()
        elif not isinstance(b, str):
            raise TypeError("write() argument 1 must be string or buffer, not %s" % type(b).__name__)
        return _os.write(self._fd, b)

    def seek(self, pos, whence=0):
        self._check()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _os.lseek(self._fd, pos, whence)

    def tell(self):
        self._check()
        return _os.lseek(self._fd, 0, 1)

    def truncate(self, size=None):
        self._check(writable=True)
        if size is None:
            size = self.tell()
        _os.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd < 0:
            return
        try:
            _RawIOBase.close(self)
        finally:
            fd, self._fd = self._fd, -1
            if self._closefd:
                _os.close(fd)

_impl.FileIO = FileIO


def _buffered_repr(self):
    try:
        name = self.name
    except AttributeError:
        return "<_io.%s>" % self.__class__.__name__
    return "<_io.%s name=%r>" % (self.__class__.__name__, name)


def _text_repr(self):
    try:
        name = self.name
    except AttributeError:
        return "<_io.TextIOWrapper encoding='%s'>" % self.encoding
    return "<_io.TextIOWrapper name=%r encoding='%s'>" % (name, self.encoding)

_impl._BufferedIOMixin.__repr__ = _buffered_repr
_impl.TextIOWrapper.__repr__ = _text_repr
for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase, BytesIO, StringIO, BufferedReader, BufferedWriter,
             BufferedRWPair, BufferedRandom, IncrementalNewlineDecoder, TextIOWrapper, BlockingIOError,
             UnsupportedOperation, FileIO):
    _cls.__module__ = "_io"
del _cls
UnsupportedOperation.__module__ = "io"
# The C module's names for the base classes (io.py subclasses them as IOBase, RawIOBase, ...).
for _cls in (_IOBase, _RawIOBase, _BufferedIOBase, _TextIOBase):
    _cls.__name__ = "_" + _cls.__name__
del _cls
