# _heapq: the heap primitives on lists (comparisons in CPython's order, __lt__ or else __le__), nlargest,
# nsmallest and the messages.
import _heapq as h


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

a = [5, 3, 8, 1, 9, 2, 7]
h.heapify(a); print a
h.heappush(a, 0); print a
print [h.heappop(a) for i in range(len(a))], a
a = [4, 1, 7]; h.heapify(a)
print h.heapreplace(a, 5), a, h.heappushpop(a, 0), a, h.heappushpop(a, 9), a, h.heappushpop([], 3)
print h.nlargest(3, [5, 1, 8, 3, 9, 2]), h.nsmallest(3, [5, 1, 8, 3, 9, 2]), h.nlargest(0, [1]), h.nsmallest(-2, [1])
print h.nlargest(10, 'hello'), h.nsmallest(2, iter([3, 1, 2]))
show(lambda: h.heappush([]))
show(lambda: h.heappush(1, 2))
show(lambda: h.heappush([], 1, key=2))
show(lambda: h.heappop())
show(lambda: h.heappop(()))
show(lambda: h.heappop([]))
show(lambda: h.heapify(1))
show(lambda: h.heapreplace([], 1))
show(lambda: h.heapreplace([1]))
show(lambda: h.nlargest(2))
show(lambda: h.nlargest('a', [1]))
show(lambda: h.nlargest(2.5, [1]))
show(lambda: h.nsmallest(3, 5))


class L(list):
    pass
b = L([3, 2, 1]); h.heapify(b); print b, type(b).__name__


class Old:
    def __init__(self, v): self.v = v
    def __le__(self, o):
        print 'le', self.v, o.v
        return self.v <= o.v
    def __repr__(self): return 'O%d' % self.v
c = [Old(3), Old(1), Old(2)]; h.heapify(c); print c


class New(object):
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        print 'lt', self.v, o.v
        return self.v < o.v
    def __repr__(self): return 'N%d' % self.v
d = [New(v) for v in [5, 3, 8, 1, 9, 2]]; h.heapify(d); print d
print h.heapreplace(d, New(7)), d
e = [New(1)]; h.heappush(e, New(0)); print e


class Shrinker(object):
    def __init__(self, v, heap): self.v, self.heap = v, heap
    def __lt__(self, o):
        del self.heap[:]
        return self.v < o.v
heap = []
heap.extend(Shrinker(i, heap) for i in range(10))
show(lambda: h.heappush(heap, Shrinker(5, heap)))
heap = []
heap.extend(Shrinker(i, heap) for i in range(10))
show(lambda: h.heappop(heap))
print h.heappush.__module__, h.heappush.__name__
