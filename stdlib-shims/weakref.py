"""Python 2.7 `weakref` module, written for PyCgiRunner.

The engine's objects live until the script ends (a CGI request is short),
so these "weak" references are strong: ref() always returns its object,
proxy() is the object itself, callbacks never run, and the weak
dictionaries and WeakSet are plain containers.  Code that uses weakref for
caches and back-references behaves the same; code that waits for an object
to disappear does not."""

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs",
           "WeakKeyDictionary", "ReferenceError", "ReferenceType",
           "ProxyType", "CallableProxyType", "ProxyTypes",
           "WeakValueDictionary", "WeakSet"]

ReferenceError = ReferenceError


class ref(object):
    """A reference to obj: calling it returns obj."""

    __slots__ = ('_obj', '_callback')

    def __init__(self, obj, callback=None):
        self._obj = obj
        self._callback = callback

    def __call__(self):
        return self._obj

    def __hash__(self):
        return hash(self._obj)

    def __eq__(self, other):
        if isinstance(other, ref):
            return self._obj == other._obj
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __repr__(self):
        return "<weakref at %#x; to '%s' at %#x>" % (
            id(self), type(self._obj).__name__, id(self._obj))

ReferenceType = ref
KeyedRef = ref


def proxy(obj, callback=None):
    return obj


class ProxyType(object):
    pass


class CallableProxyType(object):
    pass

ProxyTypes = (ProxyType, CallableProxyType)


def getweakrefcount(obj):
    return 0


def getweakrefs(obj):
    return []


class WeakValueDictionary(dict):

    def itervaluerefs(self):
        return iter([ref(v) for v in self.itervalues()])

    def valuerefs(self):
        return [ref(v) for v in self.values()]

    def copy(self):
        return WeakValueDictionary(self)

    __copy__ = copy

    def __repr__(self):
        return "<WeakValueDictionary at %s>" % id(self)


class WeakKeyDictionary(dict):

    def iterkeyrefs(self):
        return iter([ref(k) for k in self.iterkeys()])

    def keyrefs(self):
        return [ref(k) for k in self.keys()]

    def copy(self):
        return WeakKeyDictionary(self)

    __copy__ = copy

    def __repr__(self):
        return "<WeakKeyDictionary at %s>" % id(self)


class WeakSet(set):
    pass
