"""os for PyCgiRunner: the portable layer over the native posix module (library reference 15.1).

Every file, directory and environment operation is done by posix, which goes through the run's sandbox
platform; this module adds what CPython's os.py adds in Python: the environ mapping, makedirs and friends,
walk, getenv, and the names of the exec/spawn family (all refused: no child processes in-process).
"""
import sys
from posix import *
from posix import _exit, environ as _initial_environ
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
linesep = '\n'
curdir = path.curdir
pardir = path.pardir
sep = path.sep
altsep = path.altsep
extsep = path.extsep
pathsep = path.pathsep
defpath = path.defpath
devnull = path.devnull
error = OSError
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


def makedirs(name, mode=0777):
    """Creates a directory and its missing parents; an existing leaf raises OSError EEXIST."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, mode)
        except OSError, e:
            # A parent created meanwhile is fine (EEXIST is 17).
            if e.errno != 17:
                raise
        if tail == curdir:
            return
    mkdir(name, mode)


def removedirs(name):
    """Removes a leaf directory, then each now-empty parent, stopping quietly at the first failure."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename() that creates the new parents and prunes the emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Generates (dirpath, dirnames, filenames) for the tree under top; dirnames may be pruned in place when topdown."""
    try:
        names = listdir(top)
    except OSError, err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for entry in names:
        if path.isdir(path.join(top, entry)):
            dirs.append(entry)
        else:
            nondirs.append(entry)
    if topdown:
        yield top, dirs, nondirs
    for entry in dirs:
        new_path = path.join(top, entry)
        if followlinks or not path.islink(new_path):
            for item in walk(new_path, topdown, onerror, followlinks):
                yield item
    if not topdown:
        yield top, dirs, nondirs


class _Environ:
    """os.environ: a mapping of the run's variables whose changes are passed on to putenv/unsetenv."""

    def __init__(self, initial):
        # posix.environ itself, as in CPython's os.py: its table (and so the order of keys()) is the one
        # posix built from the run's variables.
        self.data = initial

    def __getitem__(self, key):
        return self.data[key]

    def __setitem__(self, key, item):
        putenv(key, item)
        self.data[key] = item

    def __delitem__(self, key):
        unsetenv(key)
        del self.data[key]

    def __contains__(self, key):
        return key in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __repr__(self):
        return repr(self.data)

    def __cmp__(self, other):
        if isinstance(other, _Environ):
            return cmp(self.data, other.data)
        return cmp(self.data, other)

    __hash__ = None

    def has_key(self, key):
        return key in self.data

    def get(self, key, failobj=None):
        return self.data.get(key, failobj)

    def keys(self):
        return self.data.keys()

    def values(self):
        return self.data.values()

    def items(self):
        return self.data.items()

    def iterkeys(self):
        return self.data.iterkeys()

    def itervalues(self):
        return self.data.itervalues()

    def iteritems(self):
        return self.data.iteritems()

    def copy(self):
        # dict(self), not dict(self.data): a mapping that is no dict fills the copy key by key, as in CPython.
        return dict(self)

    def clear(self):
        for key in self.data.keys():
            unsetenv(key)
        self.data.clear()

    def setdefault(self, key, failobj=None):
        if key not in self.data:
            self[key] = failobj
        return self.data[key]

    def pop(self, key, *default):
        if key in self.data:
            unsetenv(key)
        return self.data.pop(key, *default)

    def popitem(self):
        key, value = self.data.popitem()
        unsetenv(key)
        return key, value

    def update(self, other=None, **kwargs):
        if other is not None:
            if hasattr(other, 'keys'):
                for key in other.keys():
                    self[key] = other[key]
            else:
                for key, value in other:
                    self[key] = value
        for key, value in kwargs.items():
            self[key] = value


environ = _Environ(_initial_environ)
del _initial_environ


def getenv(key, default=None):
    """The variable's value from environ, or default."""
    return environ.get(key, default)


def _tempdir():
    """The folder the sandbox gives the run as its temporary directory (tempfile.gettempdir)."""
    import posix
    return posix._tempdir()
