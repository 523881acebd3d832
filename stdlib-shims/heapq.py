"""Python 2.7 `heapq` module, written for PyCgiRunner: a binary min-heap kept
in a plain list (heap[k] <= heap[2k+1] and heap[2k+2]).

The sift routines follow the same strategy as CPython's (Knuth's "bottom-up"
sift: move the hole down to a leaf along the smaller children, then bubble the
new item up), because scripts print heaps and the layout must match exactly.
"""

from itertools import islice as _islice, count as _count
from operator import itemgetter as _itemgetter

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _bubble_up(heap, top, pos):
    """Move heap[pos] up towards `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Restore the heap below pos after heap[pos] was replaced."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    # Walk the hole down to a leaf, always promoting the smaller child ...
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    # ... then put the item in the hole and let it rise to its place.
    heap[pos] = item
    _bubble_up(heap, top, pos)


def heappush(heap, item):
    """Push item onto heap, maintaining the heap invariant."""
    heap.append(item)
    _bubble_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap."""
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap's size is unchanged)."""
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item):
    """Push item, then pop the smallest; faster than the two calls."""
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    for i in reversed(xrange(len(x) // 2)):
        _sink(x, i)


def merge(*iterables):
    """Merge sorted inputs into one sorted iterator; equal items come out in
    the order of the inputs that hold them."""
    entries = []
    for index, it in enumerate(map(iter, iterables)):
        for value in it:
            entries.append([value, index, it])
            break
    heapify(entries)
    while entries:
        entry = entries[0]
        yield entry[0]
        for value in entry[2]:
            entry[0] = value
            heapreplace(entries, entry)
            break
        else:
            heappop(entries)


def nlargest(n, iterable, key=None):
    """The n largest items, largest first; same as
    sorted(iterable, key=key, reverse=True)[:n] (ties keep input order)."""
    if n <= 0:
        return []
    indexed = [(item if key is None else key(item), -i, item)
               for i, item in enumerate(iterable)]
    indexed.sort(reverse=True)
    return [entry[2] for entry in indexed[:n]]


def nsmallest(n, iterable, key=None):
    """The n smallest items, smallest first; same as
    sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    indexed = [(item if key is None else key(item), i, item)
               for i, item in enumerate(iterable)]
    indexed.sort()
    return [entry[2] for entry in indexed[:n]]
