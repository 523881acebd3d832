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


def _parent_and_leaf(name):
    """(parent folder, last component) of name, where 'a/b/' counts as naming b."""
    parent, leaf = path.split(name)
    return path.split(parent) if leaf == '' else (parent, leaf)


def makedirs(name, mode=0777):
    """Creates a directory and its missing parents; an existing leaf raises OSError EEXIST."""
    missing = []
    folder = name
    while True:
        parent, leaf = _parent_and_leaf(folder)
        if parent == '' or leaf == '' or path.exists(parent):
            break
        missing.append(parent)
        folder = parent
    for parent in reversed(missing):
        try:
            mkdir(parent, mode)
        except OSError, e:
            # A parent created meanwhile (by another process) is fine.
            if e.errno != 17:
                raise
    # 'a/b/.' is complete once its parents exist.
    if missing and _parent_and_leaf(name)[1] == curdir:
        return
    mkdir(name, mode)


def removedirs(name):
    """Removes a leaf directory, then each now-empty parent, stopping quietly at the first failure."""
    rmdir(name)
    parent, leaf = _parent_and_leaf(name)
    while parent != '' and leaf != '':
        try:
            rmdir(parent)
        except OSError:
            return
        parent, leaf = path.split(parent)


def renames(old, new):
    """rename() that creates the new parents and prunes the emptied old ones."""
    target_parent, target_leaf = path.split(new)
    if target_parent and target_leaf and not path.exists(target_parent):
        makedirs(target_parent)
    rename(old, new)
    source_parent, source_leaf = path.split(old)
    if not (source_parent and source_leaf):
        return
    try:
        removedirs(source_parent)
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
        self.data = dict(initial)

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
        return dict(self.data)

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
