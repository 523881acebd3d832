"""Python 2.7 `shelve` module, written for PyCgiRunner: a persistent
dictionary of picklable values with string keys, over any dbm-style mapping
(anydbm, i.e. dumbdbm files, for shelve.open).

Values are pickled with the shelf's protocol (0 unless given).  With
writeback=True every value read is cached and written back on sync()/close(),
so in-place changes to mutable values persist.
"""

from pickle import Pickler, Unpickler
import UserDict

try:
    from cStringIO import StringIO
except ImportError:
    from StringIO import StringIO

__all__ = ["Shelf", "BsdDbShelf", "DbfilenameShelf", "open"]


class _ClosedDict(UserDict.DictMixin):
    """Stands in for the mapping of a closed shelf: every use fails."""

    def closed(self, *args):
        raise ValueError('invalid operation on closed shelf')

    __getitem__ = __setitem__ = __delitem__ = keys = closed

    def __repr__(self):
        return '<Closed Dictionary>'


class Shelf(UserDict.DictMixin):

    def __init__(self, dict, protocol=None, writeback=False):
        self.dict = dict
        if protocol is None:
            protocol = 0
        self._protocol = protocol
        self.writeback = writeback
        self.cache = {}

    def keys(self):
        return self.dict.keys()

    def __len__(self):
        return len(self.dict)

    def has_key(self, key):
        return key in self.dict

    def __contains__(self, key):
        return key in self.dict

    def get(self, key, default=None):
        if key in self.dict:
            return self[key]
        return default

    def __getitem__(self, key):
        try:
            value = self.cache[key]
        except KeyError:
            f = StringIO(self.dict[key])
            value = Unpickler(f).load()
            if self.writeback:
                self.cache[key] = value
        return value

    def __setitem__(self, key, value):
        if self.writeback:
            self.cache[key] = value
        f = StringIO()
        Pickler(f, self._protocol).dump(value)
        self.dict[key] = f.getvalue()

    def __delitem__(self, key):
        del self.dict[key]
        try:
            del self.cache[key]
        except KeyError:
            pass

    def close(self):
        self.sync()
        try:
            self.dict.close()
        except AttributeError:
            pass
        try:
            self.dict = _ClosedDict()
        except (NameError, TypeError):
            self.dict = None

    def __del__(self):
        if not hasattr(self, 'writeback'):
            return
        self.close()

    def sync(self):
        if self.writeback and self.cache:
            self.writeback = False
            for key, entry in self.cache.iteritems():
                self[key] = entry
            self.writeback = True
            self.cache = {}
        if hasattr(self.dict, 'sync'):
            self.dict.sync()


class BsdDbShelf(Shelf):
    """A Shelf over a bsddb-style mapping (first/next/previous/last/
    set_location); kept for the name, the engine has no bsddb."""

    def __init__(self, dict, protocol=None, writeback=False):
        Shelf.__init__(self, dict, protocol, writeback)

    def _unpickled(self, pair):
        key, value = pair
        return (key, Unpickler(StringIO(value)).load())

    def set_location(self, key):
        return self._unpickled(self.dict.set_location(key))

    def next(self):
        return self._unpickled(self.dict.next())

    def previous(self):
        return self._unpickled(self.dict.previous())

    def first(self):
        return self._unpickled(self.dict.first())

    def last(self):
        return self._unpickled(self.dict.last())


class DbfilenameShelf(Shelf):

    def __init__(self, filename, flag='c', protocol=None, writeback=False):
        import anydbm
        Shelf.__init__(self, anydbm.open(filename, flag), protocol, writeback)


def open(filename, flag='c', protocol=None, writeback=False):
    return DbfilenameShelf(filename, flag, protocol, writeback)
