# _collections.deque: construction, maxlen, both ends, rotate, remove, count, reverse, indexing, comparison,
# repr (recursion included), pickling protocol, subclasses, mutation during iteration, messages.
from _collections import deque


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

d = deque('abc')
d.append('d'); d.appendleft('z'); print d, len(d), d[0], d[-1]
print d.pop(), d.popleft(), d
d.extend('xy'); d.extendleft('12'); print d
d.rotate(2); print d
d.rotate(-3); print d
d.rotate(100); print d
d.rotate(0); print d
d.remove('x'); print d
show(lambda: d.remove('nope'))
print d.count('a'), deque([1, 1, 2]).count(1)
d.reverse(); print d
d[1] = 'Q'; del d[0]; print d
d += 'mn'; print d
d.extend(d); print d
b = deque(range(5), 3); print b, b.maxlen
b.append(9); b.appendleft(-1); print b
b.extendleft([7, 8]); print b
print deque(maxlen=0), deque([1, 2], maxlen=0)
z = deque([1, 2], 0); z.append(5); z.extend([6]); print z
b.__init__([1, 2, 3, 4]); print b, b.maxlen
show(lambda: deque([], -1))
show(lambda: deque([], 'x'))
show(lambda: deque([], 2.7))
show(lambda: deque(1))
show(lambda: deque([1], 2, 3))
show(lambda: deque(foo=1))
show(lambda: deque().pop())
show(lambda: deque().popleft())
show(lambda: deque([1])[1])
show(lambda: deque([1])[-2])
show(lambda: deque([1])['a'])
show(lambda: deque([1])[0:1])
show(lambda: deque([1]).rotate(1.5))
show(lambda: deque([1]).rotate(1, 2))
show(lambda: deque([1]).append())
show(lambda: deque([1]).pop(1))
show(lambda: hash(deque()))
print deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1, 3]), deque([1, 2]) < deque([1, 3])
print deque([1, 2]) < deque([1, 2, 0]), deque([2]) > deque([1, 9]), deque([1]) == [1]
print bool(deque()), bool(deque([0])), 2 in deque([1, 2]), list(reversed(deque('abc')))
r = deque(); r.append(r); print r
print deque([1, 2]).__reduce__(), deque([1, 2], 5).__reduce__()
print deque('ab').__copy__(), deque('ab', 4).__copy__()


class Sub(deque):
    pass
s = Sub('xyz', 5); s.tag = 1
print type(s).__name__, s, s.__reduce__()[1:], type(s.__copy__()).__name__
print type(iter(deque())).__name__, type(reversed(deque())).__name__, iter(deque('abc')).__length_hint__()
for mutate in (lambda q: q.append(0), lambda q: q.pop(), lambda q: q.rotate(1), lambda q: q.clear()):
    q = deque([1, 2, 3])
    it = iter(q)
    next(it)
    mutate(q)
    show(lambda: next(it))
q = deque([1, 2, 3]); it = iter(q); q[0] = 9; q.reverse(); print list(it)


class Meddler(object):
    def __init__(self, q): self.q = q
    def __eq__(self, other):
        self.q.clear()
        return False
q = deque(['a', 'b']); q.append(Meddler(q)); q.append('c')
show(lambda: q.remove('c'))
q = deque([1, 2]); q.append(Meddler(q))
show(lambda: q.count(5))
print deque.__name__, deque.__module__, deque.maxlen.__doc__ is not None
