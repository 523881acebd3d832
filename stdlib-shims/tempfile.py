"""tempfile for PyCgiRunner: temporary files and folders in the run's sandboxed temporary directory
(library reference 11.6). Names are random like CPython's ('tmp' + 6 characters)."""
import os
import errno as _errno

__all__ = ["NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "mkstemp", "mkdtemp", "mktemp",
           "TMP_MAX", "gettempprefix", "tempdir", "gettempdir"]

TMP_MAX = 10000
template = "tmp"
tempdir = None
_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"


def _random_name():
    data = os.urandom(6)
    return ''.join([_CHARACTERS[ord(c) % len(_CHARACTERS)] for c in data])


def gettempprefix():
    """The default prefix of temporary names."""
    return template


def gettempdir():
    """The temporary directory: tempfile.tempdir when set, else the one the sandbox gives this run."""
    global tempdir
    if tempdir is None:
        tempdir = os._tempdir()
    return tempdir


def _create(dir, prefix, suffix, make):
    if dir is None:
        dir = gettempdir()
    for attempt in xrange(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        try:
            return make(name), name
        except OSError, e:
            if e.errno == _errno.EEXIST:
                continue
            raise
    raise IOError(_errno.EEXIST, "No usable temporary file name found")


def mkstemp(suffix="", prefix=template, dir=None, text=False):
    """Creates a new file readable and writable only by the user; returns (fd, absolute path)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL
    fd, name = _create(dir, prefix, suffix, lambda n: os.open(n, flags, 0600))
    return fd, os.path.abspath(name)


def mkdtemp(suffix="", prefix=template, dir=None):
    """Creates a new directory; returns its absolute path."""
    unused, name = _create(dir, prefix, suffix, lambda n: os.mkdir(n, 0700))
    return os.path.abspath(name)


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked (unsafe: another request may take it first)."""
    if dir is None:
        dir = gettempdir()
    for attempt in xrange(TMP_MAX):
        name = os.path.join(dir, prefix + _random_name() + suffix)
        if not os.path.exists(name):
            return name
    raise IOError(_errno.EEXIST, "No usable temporary filename found")


class _TemporaryFileWrapper(object):
    """A file that knows its name and deletes itself when closed (when delete is true)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.close_called = False
        self.delete = delete

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        return iter(self.file)

    def close(self):
        if not self.close_called:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    try:
                        os.unlink(self.name)
                    except OSError:
                        pass

    def __del__(self):
        self.close()


def NamedTemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template, dir=None, delete=True):
    """A temporary file with a visible name (file.name), deleted on close unless delete is false."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        file = os.fdopen(fd, mode, bufsize)
        return _TemporaryFileWrapper(file, name, delete)
    except BaseException:
        os.unlink(name)
        os.close(fd)
        raise


def TemporaryFile(mode='w+b', bufsize=-1, suffix="", prefix=template, dir=None):
    """An anonymous temporary file: its name is unlinked right away, as on POSIX, so nobody can find it and its
    bytes go with the last handle (cgi.FieldStorage keeps uploads in these)."""
    fd, name = mkstemp(suffix, prefix, dir)
    try:
        os.unlink(name)
        return os.fdopen(fd, mode, bufsize)
    except BaseException:
        os.close(fd)
        raise


class SpooledTemporaryFile(object):
    """Kept in memory until it grows past max_size (or fileno() is asked for), then moved to a real file."""

    def __init__(self, max_size=0, mode='w+b', bufsize=-1, suffix="", prefix=template, dir=None):
        import cStringIO
        self._file = cStringIO.StringIO()
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = (mode, bufsize, suffix, prefix, dir)

    def _check(self, file):
        if self._max_size and not self._rolled and file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        file = self._file
        newfile = self._file = TemporaryFile(*self._TemporaryFileArgs)
        newfile.write(file.getvalue())
        newfile.seek(file.tell(), 0)
        self._rolled = True

    def __enter__(self):
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, *args):
        self._file.truncate(*args)

    def write(self, s):
        file = self._file
        result = file.write(s)
        self._check(file)
        return result

    def writelines(self, iterable):
        file = self._file
        result = file.writelines(iterable)
        self._check(file)
        return result
