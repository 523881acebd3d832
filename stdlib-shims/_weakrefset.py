"""WeakSet for PyCgiRunner: a set whose members are held by weak references.

A member that nothing else holds disappears from the set once the collector
takes it (gc.collect() forces that).  Iteration walks a snapshot of the
references, so members that die meanwhile are skipped rather than breaking
the loop, and members added meanwhile are not seen."""

from _weakref import ref

__all__ = ['WeakSet']


def _forgetter(owner):
    # The callback must not keep the set alive: it reaches it weakly.
    owner_ref = ref(owner)

    def forget(dead):
        owner = owner_ref()
        if owner is not None:
            owner._refs.discard(dead)
    return forget


def _refs_of(items, callback=None):
    return set([ref(item, callback) for item in items])


class WeakSet(object):
    """WeakSet([iterable]): a set of weakly referenced objects."""

    __hash__ = None

    def __init__(self, data=None):
        self._refs = set()
        self._forget = _forgetter(self)
        if data is not None:
            self.update(data)

    # ---- reading -------------------------------------------------------

    def __iter__(self):
        for r in list(self._refs):
            member = r()
            if member is not None:
                yield member

    def __len__(self):
        count = 0
        for r in list(self._refs):
            if r() is not None:
                count += 1
        return count

    def __contains__(self, item):
        try:
            probe = ref(item)
        except TypeError:
            return False
        return probe in self._refs

    def __reduce__(self):
        # The members travel as the constructor's argument; only attributes
        # a subclass added travel as state (ours belong to this set).
        extra = dict((k, v) for k, v in vars(self).items()
                     if k not in ('_refs', '_forget'))
        return (self.__class__, (list(self),), extra or None)

    def copy(self):
        return self.__class__(self)

    # ---- changing ------------------------------------------------------

    def add(self, item):
        self._refs.add(ref(item, self._forget))

    def clear(self):
        self._refs.clear()

    def pop(self):
        while self._refs:
            member = self._refs.pop()()
            if member is not None:
                return member
        raise KeyError('pop from empty WeakSet')

    def remove(self, item):
        self._refs.remove(ref(item))

    def discard(self, item):
        self._refs.discard(ref(item))

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if other is self:
            self._refs.clear()
        else:
            self._refs -= _refs_of(other)
        return self

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        self._refs &= _refs_of(other)
        return self

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if other is self:
            self._refs.clear()
        else:
            self._refs ^= _refs_of(other, self._forget)
        return self

    # ---- new sets ------------------------------------------------------

    def union(self, other):
        result = self.copy()
        result.update(other)
        return result
    __or__ = union

    def difference(self, other):
        result = self.copy()
        result -= other
        return result
    __sub__ = difference

    def intersection(self, other):
        return self.__class__([item for item in other if item in self])
    __and__ = intersection

    def symmetric_difference(self, other):
        result = self.copy()
        result ^= other
        return result
    __xor__ = symmetric_difference

    def isdisjoint(self, other):
        for item in other:
            if item in self:
                return False
        return True

    # ---- comparisons ---------------------------------------------------

    def issubset(self, other):
        return self._refs.issubset(_refs_of(other))
    __le__ = issubset

    def __lt__(self, other):
        return self._refs < _refs_of(other)

    def issuperset(self, other):
        return self._refs.issuperset(_refs_of(other))
    __ge__ = issuperset

    def __gt__(self, other):
        return self._refs > _refs_of(other)

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self._refs == _refs_of(other)

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        return not equal
