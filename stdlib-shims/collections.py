"""Python 2.7 `collections` module, written for PyCgiRunner.

namedtuple, OrderedDict, Counter, defaultdict, deque, plus the collection
ABCs (Mapping, Sequence, ...) re-exported from _abcoll.
"""

import sys as _sys
from keyword import iskeyword as _iskeyword
from operator import itemgetter as _itemgetter
import heapq as _heapq
from itertools import repeat as _repeat, chain as _chain, starmap as _starmap

from _abcoll import *
import _abcoll
__all__ = ['Counter', 'deque', 'defaultdict', 'namedtuple', 'OrderedDict']
__all__ += _abcoll.__all__


def _caller_globals(depth):
    """Globals of the function `depth` frames above the caller (for __module__)."""
    getframe = getattr(_sys, '_getframe', None)
    if getframe is not None:
        return getframe(depth + 1).f_globals
    try:
        raise ZeroDivisionError
    except ZeroDivisionError:
        frame = _sys.exc_info()[2].tb_frame
    for _ in range(depth):
        frame = frame.f_back
    return frame.f_globals


def _recursive_repr(method):
    """Make repr print '...' for an object already being printed (cycles)."""
    running = set()

    def wrapper(self):
        key = id(self)
        if key in running:
            return '...'
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)
    wrapper.__name__ = method.__name__
    return wrapper


# --- OrderedDict: a dict remembering insertion order through a linked list.

class OrderedDict(dict):
    """Dictionary that remembers insertion order.

    Nodes are [prev, next, key] lists; self.__root is a sentinel node and
    self.__map maps each key to its node, so deletion is O(1)."""

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'OrderedDict' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        try:
            self.__root
        except AttributeError:
            self.__root = root = []
            root[:] = [root, root, None]
            self.__map = {}
        self.__update(*args, **kwds)

    def __setitem__(self, key, value, dict_setitem=dict.__setitem__):
        if key not in self:
            root = self.__root
            last = root[0]
            node = [last, root, key]
            last[1] = root[0] = self.__map[key] = node
        dict_setitem(self, key, value)

    def __delitem__(self, key, dict_delitem=dict.__delitem__):
        dict_delitem(self, key)
        prev, nxt, _ = self.__map.pop(key)
        prev[1] = nxt
        nxt[0] = prev

    def __iter__(self):
        root = self.__root
        node = root[1]
        while node is not root:
            yield node[2]
            node = node[1]

    def __reversed__(self):
        root = self.__root
        node = root[0]
        while node is not root:
            yield node[2]
            node = node[0]

    def clear(self):
        root = self.__root
        root[:] = [root, root, None]
        self.__map.clear()
        dict.clear(self)

    def keys(self):
        return list(self)

    def values(self):
        return [self[key] for key in self]

    def items(self):
        return [(key, self[key]) for key in self]

    def iterkeys(self):
        return iter(self)

    def itervalues(self):
        for k in self:
            yield self[k]

    def iteritems(self):
        for k in self:
            yield (k, self[k])

    update = __update = MutableMapping.update

    __marker = object()

    def pop(self, key, default=__marker):
        if key in self:
            result = self[key]
            del self[key]
            return result
        if default is self.__marker:
            raise KeyError(key)
        return default

    def setdefault(self, key, default=None):
        if key in self:
            return self[key]
        self[key] = default
        return default

    def popitem(self, last=True):
        """Remove and return the newest (last=True) or oldest (key, value) pair."""
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(self) if last else iter(self))
        value = self.pop(key)
        return key, value

    @_recursive_repr
    def __repr__(self):
        if not self:
            return '%s()' % (self.__class__.__name__,)
        return '%s(%r)' % (self.__class__.__name__, self.items())

    def __reduce__(self):
        items = [[k, self[k]] for k in self]
        inst_dict = vars(self).copy()
        for k in vars(OrderedDict()):
            inst_dict.pop(k, None)
        if inst_dict:
            return (self.__class__, (items,), inst_dict)
        return self.__class__, (items,)

    def copy(self):
        return self.__class__(self)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __eq__(self, other):
        # Order matters only between two OrderedDicts.
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and self.items() == other.items()
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    def viewkeys(self):
        return KeysView(self)

    def viewvalues(self):
        return ValuesView(self)

    def viewitems(self):
        return ItemsView(self)


# --- namedtuple: tuple subclasses with named fields, built per call.

def _check_names(typename, field_names, rename):
    """Validate (and with rename, fix) the names; returns the field list."""
    if isinstance(field_names, basestring):
        field_names = field_names.replace(',', ' ').split()
    field_names = map(str, field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not all(c.isalnum() or c == '_' for c in name)
                    or _iskeyword(name) or not name or name[0].isdigit()
                    or name.startswith('_') or name in seen):
                field_names[index] = '_%d' % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) != str:
            raise TypeError('Type names and field names must be strings')
        if not all(c.isalnum() or c == '_' for c in name):
            raise ValueError('Type names and field names can only contain '
                             'alphanumeric characters and underscores: %r' % name)
        if _iskeyword(name):
            raise ValueError('Type names and field names cannot be a '
                             'keyword: %r' % name)
        if name[0].isdigit():
            raise ValueError('Type names and field names cannot start with '
                             'a number: %r' % name)
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: '
                             '%r' % name)
        if name in seen:
            raise ValueError('Encountered duplicate field name: %r' % name)
        seen.add(name)
    return typename, tuple(field_names)


def _make_new(typename, fields):
    """A __new__ whose signature names the fields, so that wrong calls give
    Python's own argument errors.  Built with exec because the parameter
    list is only known at run time; the names were validated as identifiers."""
    arg_list = ', '.join(fields)
    source = ('def __new__(_cls, %s):\n'
              '    return _tuple.__new__(_cls, (%s))\n'
              % (arg_list, arg_list + ',' if fields else ''))
    if not fields:
        source = 'def __new__(_cls):\n    return _tuple.__new__(_cls, ())\n'
    namespace = {'_tuple': tuple}
    exec source in namespace
    new = namespace['__new__']
    new.__doc__ = 'Create new instance of %s(%s)' % (typename, arg_list)
    return new


def namedtuple(typename, field_names, verbose=False, rename=False):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', 'x y')
    >>> Point(1, y=2)
    Point(x=1, y=2)
    """
    typename, fields = _check_names(typename, field_names, rename)
    n = len(fields)
    repr_fmt = '(%s)' % ', '.join('%s=%%r' % name for name in fields)

    def _make(cls, iterable, new=tuple.__new__, len=len):
        result = new(cls, iterable)
        if len(result) != n:
            raise TypeError('Expected %d arguments, got %d' % (n, len(result)))
        return result

    def __repr__(self):
        return typename + repr_fmt % self

    def _asdict(self):
        return OrderedDict(zip(self._fields, self))

    def _replace(_self, **kwds):
        result = _self._make(map(kwds.pop, fields, _self))
        if kwds:
            raise ValueError('Got unexpected field names: %r' % kwds.keys())
        return result

    def __getnewargs__(self):
        return tuple(self)

    def __getstate__(self):
        pass  # no instance state beyond the tuple itself

    namespace = {
        '__doc__': '%s(%s)' % (typename, ', '.join(fields)),
        '__slots__': (),
        '_fields': fields,
        '__new__': _make_new(typename, fields),
        '_make': classmethod(_make),
        '__repr__': __repr__,
        '_asdict': _asdict,
        '__dict__': property(_asdict),
        '_replace': _replace,
        '__getnewargs__': __getnewargs__,
        '__getstate__': __getstate__,
    }
    for index, name in enumerate(fields):
        namespace[name] = property(_itemgetter(index),
                                   doc='Alias for field number %d' % index)
    result = type(typename, (tuple,), namespace)
    if verbose:
        print '%s(%s)' % (typename, ', '.join(fields))
    # Let pickling and repr(type) find the class in the caller's module.
    try:
        result.__module__ = _caller_globals(1).get('__name__', '__main__')
    except (AttributeError, ValueError):
        pass
    return result


# --- Counter: a dict of counts.

class Counter(dict):
    """Dict subclass counting hashable items; missing items count as zero."""

    def __init__(*args, **kwds):
        if not args:
            raise TypeError("descriptor '__init__' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        super(Counter, self).__init__()
        self.update(*args, **kwds)

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        """The n most common (elem, count) pairs, most common first; ties keep
        the dict's iteration order (the sort is stable)."""
        if n is None:
            return sorted(self.iteritems(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.iteritems(), key=_itemgetter(1))

    def elements(self):
        """Each element repeated as many times as its (positive) count."""
        return _chain.from_iterable(_starmap(_repeat, self.iteritems()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            'Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(*args, **kwds):
        """Add counts from an iterable of elements or a mapping of counts."""
        if not args:
            raise TypeError("descriptor 'update' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            if isinstance(iterable, Mapping):
                if self:
                    self_get = self.get
                    for elem, count in iterable.iteritems():
                        self[elem] = self_get(elem, 0) + count
                else:
                    super(Counter, self).update(iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        """Subtract counts (may go zero or negative)."""
        if not args:
            raise TypeError("descriptor 'subtract' of 'Counter' object "
                            "needs an argument")
        self = args[0]
        args = args[1:]
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got %d' % len(args))
        iterable = args[0] if args else None
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, Mapping):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        # Deleting a missing element is not an error for a Counter.
        if elem in self:
            super(Counter, self).__delitem__(elem)

    def __repr__(self):
        if not self:
            return '%s()' % self.__class__.__name__
        items = ', '.join(map('%r: %r'.__mod__, self.most_common()))
        return '%s({%s})' % (self.__class__.__name__, items)

    def _combine(self, other, pick):
        """New Counter of elements whose combined count (via pick) is positive."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem in list(self) + [e for e in other if e not in self]:
            count = pick(self[elem], other[elem])
            if count > 0:
                result[elem] = count
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, max)

    def __and__(self, other):
        return self._combine(other, min)


# --- defaultdict: a dict calling a factory for missing keys.

class defaultdict(dict):
    """defaultdict(default_factory[, ...]) --> dict with default value factory."""

    def __init__(*args, **kwds):
        self = args[0]
        args = args[1:]
        factory = None
        if args:
            factory = args[0]
            args = args[1:]
            if factory is not None and not callable(factory):
                raise TypeError('first argument must be callable')
        self.default_factory = factory
        dict.__init__(self, *args, **kwds)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    @_recursive_repr
    def __repr__(self):
        factory = self.default_factory
        if factory is self:
            factory_repr = '...'
        else:
            factory_repr = repr(factory)
        return 'defaultdict(%s, %s)' % (factory_repr, dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = (self.default_factory,) if self.default_factory is not None else ()
        return (type(self), args, None, None, self.iteritems())


# --- deque: double-ended queue, optionally bounded.

class deque(object):
    """deque([iterable[, maxlen]]) --> deque object

    Kept in a Python list: appends and pops on the right are O(1), on the left
    O(n), which is fine for the sizes CGI scripts use."""

    __hash__ = None

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = int(maxlen)
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self.extend(iterable)

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def _trim_left(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[:len(self._items) - self._maxlen]

    def _trim_right(self):
        if self._maxlen is not None and len(self._items) > self._maxlen:
            del self._items[self._maxlen:]

    def append(self, x):
        self._items.append(x)
        self._trim_left()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_right()

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def clear(self):
        del self._items[:]

    def count(self, value):
        return self._items.count(value)

    def remove(self, value):
        try:
            self._items.remove(value)
        except ValueError:
            raise ValueError('deque.remove(x): x not in deque')

    def reverse(self):
        self._items.reverse()

    def rotate(self, n=1):
        """Rotate n steps to the right (negative: to the left)."""
        length = len(self._items)
        if length <= 1:
            return
        n %= length
        if n:
            self._items[:] = self._items[-n:] + self._items[:-n]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __reversed__(self):
        return reversed(self._items)

    def __contains__(self, x):
        return x in self._items

    def _index(self, i):
        if not isinstance(i, (int, long)):
            raise TypeError('an integer is required')
        if i < 0:
            i += len(self._items)
        if not 0 <= i < len(self._items):
            raise IndexError('deque index out of range')
        return i

    def __getitem__(self, i):
        return self._items[self._index(i)]

    def __setitem__(self, i, value):
        self._items[self._index(i)] = value

    def __delitem__(self, i):
        del self._items[self._index(i)]

    def __copy__(self):
        return deque(self._items, self._maxlen)

    def __reduce__(self):
        return (deque, (list(self._items), self._maxlen))

    def __iadd__(self, other):
        self.extend(other)
        return self

    @_recursive_repr
    def __repr__(self):
        if self._maxlen is None:
            return 'deque(%r)' % (self._items,)
        return 'deque(%r, maxlen=%d)' % (self._items, self._maxlen)

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)
