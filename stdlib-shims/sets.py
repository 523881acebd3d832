"""Python 2.7 `sets` module (deprecated there in favour of set/frozenset),
written for PyCgiRunner: Set and ImmutableSet, stored as the keys of a dict."""

import warnings

warnings.warn("the sets module is deprecated", DeprecationWarning,
              stacklevel=2)

__all__ = ['BaseSet', 'Set', 'ImmutableSet']


class BaseSet(object):
    """Common base of Set and ImmutableSet (not instantiable itself)."""
    __slots__ = ['_data', '__weakref__']

    def __init__(self):
        if self.__class__ is BaseSet:
            raise TypeError("BaseSet is an abstract class.  "
                            "Use Set or ImmutableSet.")

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, self._data.keys())

    __str__ = __repr__

    def __iter__(self):
        return iter(self._data)

    def __cmp__(self, other):
        raise TypeError("can't compare sets using cmp()")

    def __eq__(self, other):
        if isinstance(other, BaseSet):
            return self._data == other._data
        return False

    def __ne__(self, other):
        if isinstance(other, BaseSet):
            return self._data != other._data
        return True

    def copy(self):
        result = self.__class__()
        result._data.update(self._data)
        return result

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        result = self.__class__()
        memo[id(self)] = result
        for elt in self:
            result._data[deepcopy(elt, memo)] = True
        return result

    def _binary(self, other, method):
        if not isinstance(other, BaseSet):
            return NotImplemented
        return method(other)

    def __or__(self, other):
        return self._binary(other, self.union)

    def union(self, other):
        result = self.__class__(self)
        result._update(other)
        return result

    def __and__(self, other):
        return self._binary(other, self.intersection)

    def intersection(self, other):
        if not isinstance(other, BaseSet):
            other = Set(other)
        small, large = (self, other) if len(self) <= len(other) else (other, self)
        return self.__class__([elt for elt in small if elt in large._data])

    def __xor__(self, other):
        return self._binary(other, self.symmetric_difference)

    def symmetric_difference(self, other):
        result = self.__class__()
        other_data = other._data if isinstance(other, BaseSet) else Set(other)._data
        for elt in self._data:
            if elt not in other_data:
                result._data[elt] = True
        for elt in other_data:
            if elt not in self._data:
                result._data[elt] = True
        return result

    def __sub__(self, other):
        return self._binary(other, self.difference)

    def difference(self, other):
        result = self.__class__()
        other_data = other._data if isinstance(other, BaseSet) else Set(other)._data
        for elt in self._data:
            if elt not in other_data:
                result._data[elt] = True
        return result

    def __contains__(self, element):
        try:
            return element in self._data
        except TypeError:
            transform = getattr(element, "__as_temporarily_immutable__", None)
            if transform is None:
                raise
            return transform() in self._data

    def _require_set(self, other):
        if not isinstance(other, BaseSet):
            raise TypeError("Binary operation only permitted between sets")

    def issubset(self, other):
        self._require_set(other)
        if len(self) > len(other):
            return False
        for elt in self._data:
            if elt not in other._data:
                return False
        return True

    def issuperset(self, other):
        self._require_set(other)
        if len(self) < len(other):
            return False
        for elt in other._data:
            if elt not in self._data:
                return False
        return True

    __le__ = issubset
    __ge__ = issuperset

    def __lt__(self, other):
        self._require_set(other)
        return len(self) < len(other) and self.issubset(other)

    def __gt__(self, other):
        self._require_set(other)
        return len(self) > len(other) and self.issuperset(other)

    def _compute_hash(self):
        # Order-independent: xor of the element hashes.
        result = 0
        for elt in self:
            result ^= hash(elt)
        return result

    def _update(self, iterable):
        data = self._data
        if isinstance(iterable, BaseSet):
            data.update(iterable._data)
            return
        for element in iterable:
            try:
                data[element] = True
            except TypeError:
                transform = getattr(element, "__as_immutable__", None)
                if transform is None:
                    raise
                data[transform()] = True


class ImmutableSet(BaseSet):
    """Immutable (hashable) set; may be an element of another set."""
    __slots__ = ['_hashcode']

    def __init__(self, iterable=None):
        self._hashcode = None
        self._data = {}
        if iterable is not None:
            self._update(iterable)

    def __hash__(self):
        if self._hashcode is None:
            self._hashcode = self._compute_hash()
        return self._hashcode

    def __getstate__(self):
        return self._data, self._hashcode

    def __setstate__(self, state):
        self._data, self._hashcode = state


class Set(BaseSet):
    """Mutable set."""
    __slots__ = []

    def __init__(self, iterable=None):
        self._data = {}
        if iterable is not None:
            self._update(iterable)

    def __getstate__(self):
        return self._data,

    def __setstate__(self, data):
        self._data, = data

    def __hash__(self):
        raise TypeError("can't hash a Set, only an ImmutableSet.")

    def __ior__(self, other):
        self._require_set(other)
        self._data.update(other._data)
        return self

    def union_update(self, other):
        self._update(other)

    def __iand__(self, other):
        self._require_set(other)
        self._data = (self & other)._data
        return self

    def intersection_update(self, other):
        if isinstance(other, BaseSet):
            self &= other
        else:
            self._data = (self.intersection(other))._data

    def __ixor__(self, other):
        self._require_set(other)
        self.symmetric_difference_update(other)
        return self

    def symmetric_difference_update(self, other):
        self._data = self.symmetric_difference(other)._data

    def __isub__(self, other):
        self._require_set(other)
        self.difference_update(other)
        return self

    def difference_update(self, other):
        other_data = other._data if isinstance(other, BaseSet) else Set(other)._data
        for elt in list(self._data):
            if elt in other_data:
                del self._data[elt]

    def update(self, iterable):
        self._update(iterable)

    def clear(self):
        self._data.clear()

    def add(self, element):
        try:
            self._data[element] = True
        except TypeError:
            transform = getattr(element, "__as_immutable__", None)
            if transform is None:
                raise
            self._data[transform()] = True

    def remove(self, element):
        try:
            del self._data[element]
        except TypeError:
            transform = getattr(element, "__as_temporarily_immutable__", None)
            if transform is None:
                raise
            del self._data[transform()]

    def discard(self, element):
        try:
            self.remove(element)
        except KeyError:
            pass

    def pop(self):
        return self._data.popitem()[0]

    def __as_immutable__(self):
        return ImmutableSet(self)

    def __as_temporarily_immutable__(self):
        return ImmutableSet(self)
