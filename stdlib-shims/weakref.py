"""weakref for PyCgiRunner (library reference section 8.11, PEP 205).

ref, proxy and the reference types are the native _weakref module's.  The
two mappings here hold their values (WeakValueDictionary) or their keys
(WeakKeyDictionary) through weak references and drop an entry once its
object has been collected.  Objects are collected by the .NET collector, at
its next pass rather than the moment the last reference goes as in CPython;
gc.collect() forces a pass.  Lookups, len() and iteration only ever show
live entries, so an entry whose object is gone but whose callback has not
run yet is invisible."""

import UserDict as _UserDict

from _weakref import (getweakrefcount, getweakrefs, ref, proxy,
                      CallableProxyType, ProxyType, ReferenceType,
                      _remove_dead_weakref)
from _weakrefset import WeakSet
from exceptions import ReferenceError

ProxyTypes = (ProxyType, CallableProxyType)

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceError", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", 'WeakSet']


class KeyedRef(ref):
    """ref(ob, callback) that also remembers a key (the .key attribute), so
    one callback can serve every value of a WeakValueDictionary."""

    __slots__ = ('key',)

    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super(KeyedRef, self).__init__(ob, callback)


def _owner_weakly(mapping, drop):
    # Callbacks reach their mapping through a weak reference, so that a
    # mapping nobody uses can still be collected.
    owner = ref(mapping)

    def callback(dead):
        live = owner()
        if live is not None:
            drop(live, dead)
    return callback


def _split_self(method, args):
    if not args:
        raise TypeError("descriptor '%s' of 'WeakValueDictionary' object "
                        "needs an argument" % method)
    if len(args) > 2:
        raise TypeError('expected at most 1 arguments, got %d' % (len(args) - 1))
    return args[0], args[1:]


def _pairs(source, kwargs):
    """The (key, value) pairs of dict.update's arguments, in order."""
    pairs = []
    if source is not None:
        if not hasattr(source, 'items'):
            source = dict(source)
        pairs.extend(source.items())
    pairs.extend(kwargs.items())
    return pairs


class WeakValueDictionary(_UserDict.UserDict):
    """Mapping whose values are held weakly: an entry goes away once nothing
    else holds its value."""

    # self is taken from *args so that 'self' (and 'dict') can be keys given
    # as keyword arguments, as with dict itself.
    def __init__(*args, **kwargs):
        self, args = _split_self('__init__', args)
        self._drop = _owner_weakly(self, WeakValueDictionary._drop_dead)
        self.data = {}
        if not args and 'dict' in kwargs:
            # The old UserDict spelling of the source mapping, still honoured.
            import warnings
            warnings.warn("Passing 'dict' as keyword argument is deprecated",
                          PendingDeprecationWarning, stacklevel=2)
            args = (kwargs.pop('dict'),)
        self.update(*args, **kwargs)

    def _drop_dead(self, dead):
        _remove_dead_weakref(self.data, dead.key)

    def _live(self):
        for key, wr in self.data.items():
            value = wr()
            if value is not None:
                yield key, value

    def __getitem__(self, key):
        value = self.data[key]()
        if value is None:
            raise KeyError(key)
        return value

    def __setitem__(self, key, value):
        self.data[key] = KeyedRef(value, self._drop, key)

    def __delitem__(self, key):
        del self.data[key]

    def __contains__(self, key):
        wr = self.data.get(key)
        return wr is not None and wr() is not None
    has_key = __contains__

    def __len__(self):
        return len(list(self._live()))

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % id(self)

    def get(self, key, default=None):
        wr = self.data.get(key)
        value = wr() if wr is not None else None
        if value is None:
            return default
        return value

    def setdefault(self, key, default=None):
        current = self.get(key)
        if current is None:
            self[key] = default
            return default
        return current

    def pop(self, key, *default):
        if len(default) > 1:
            raise TypeError('pop expected at most 2 arguments, got %d'
                            % (1 + len(default)))
        wr = self.data.pop(key, None)
        value = wr() if wr is not None else None
        if value is not None:
            return value
        if default:
            return default[0]
        raise KeyError(key)

    def popitem(self):
        while True:
            key, wr = self.data.popitem()
            value = wr()
            if value is not None:
                return key, value

    def update(*args, **kwargs):
        self, args = _split_self('update', args)
        for key, value in _pairs(args[0] if args else None, kwargs):
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        duplicate = WeakValueDictionary()
        for key, value in self._live():
            duplicate[key] = value
        return duplicate
    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = self.__class__()
        for key, value in self._live():
            duplicate[deepcopy(key, memo)] = value
        return duplicate

    def keys(self):
        return [key for key, value in self._live()]

    def values(self):
        return [value for key, value in self._live()]

    def items(self):
        return list(self._live())

    def iterkeys(self):
        for key, value in self._live():
            yield key
    __iter__ = iterkeys

    def itervalues(self):
        for key, value in self._live():
            yield value

    def iteritems(self):
        return self._live()

    def itervaluerefs(self):
        """The KeyedRef objects of the values; they may be dead by the time
        they are called."""
        return iter(self.data.values())

    def valuerefs(self):
        """A list of the KeyedRef objects of the values."""
        return self.data.values()


class WeakKeyDictionary(_UserDict.UserDict):
    """Mapping whose keys are held weakly: an entry goes away once nothing
    else holds its key.  Keys must accept weak references."""

    def __init__(self, dict=None):
        self._drop = _owner_weakly(self, WeakKeyDictionary._drop_dead)
        self.data = {}
        if dict is not None:
            self.update(dict)

    def _drop_dead(self, dead):
        self.data.pop(dead, None)

    def _live(self):
        for wr, value in self.data.items():
            key = wr()
            if key is not None:
                yield key, value

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __setitem__(self, key, value):
        self.data[ref(key, self._drop)] = value

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __contains__(self, key):
        try:
            probe = ref(key)
        except TypeError:
            return False
        return probe in self.data
    has_key = __contains__

    def __len__(self):
        return len(list(self._live()))

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % id(self)

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._drop), default)

    def pop(self, key, *default):
        return self.data.pop(ref(key), *default)

    def popitem(self):
        while True:
            wr, value = self.data.popitem()
            key = wr()
            if key is not None:
                return key, value

    def update(self, dict=None, **kwargs):
        for key, value in _pairs(dict, kwargs):
            self[key] = value

    def clear(self):
        self.data.clear()

    def copy(self):
        duplicate = WeakKeyDictionary()
        for key, value in self._live():
            duplicate[key] = value
        return duplicate
    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        duplicate = self.__class__()
        for key, value in self._live():
            duplicate[key] = deepcopy(value, memo)
        return duplicate

    def keys(self):
        return [key for key, value in self._live()]

    def values(self):
        return [value for key, value in self._live()]

    def items(self):
        return list(self._live())

    def iterkeys(self):
        for key, value in self._live():
            yield key
    __iter__ = iterkeys

    def itervalues(self):
        for key, value in self._live():
            yield value

    def iteritems(self):
        return self._live()

    def iterkeyrefs(self):
        """The weak references to the keys; they may be dead by the time
        they are called."""
        return iter(self.data.keys())

    def keyrefs(self):
        """A list of the weak references to the keys."""
        return self.data.keys()
