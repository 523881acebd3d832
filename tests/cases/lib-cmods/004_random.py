# _random.Random seeded as CPython seeds it: ints and longs by absolute value in 32-bit words, other objects
# by hash; the state tuple, jumpahead, getrandbits and the messages.
import _random


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

r = _random.Random(42)
print [r.random() for i in range(5)]
for seed in [0, 1, -5, 2 ** 32, 2 ** 100 + 7, -2 ** 70, 3.5, 'hello', u'hello', (1, 2), True, 10L]:
    r.seed(seed)
    print repr(seed), r.random(), r.getrandbits(8)
print [_random.Random(n).random() for n in range(3)]
r.seed(7)
print r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), type(r.getrandbits(3))
show(lambda: r.getrandbits(0))
show(lambda: r.getrandbits(1.5))
s = r.getstate()
print type(s), len(s), type(s[0]), s[-1], s[:3]
a = [r.random() for i in range(3)]
r.setstate(s)
print a == [r.random() for i in range(3)]
show(lambda: r.setstate(s[:10]))
show(lambda: r.setstate(list(s)))
show(lambda: r.setstate(s[:-1] + (625,)))
show(lambda: r.setstate(s[:-1] + (-1,)))
show(lambda: r.setstate((-1,) + s[1:]))
r.setstate((2 ** 40,) + s[1:]); print r.random()
for n in [10, -10, 2 ** 80, 0]:
    r.seed(5)
    r.jumpahead(n)
    print n, r.random()
show(lambda: r.jumpahead(1.5))
show(lambda: r.jumpahead('a'))
show(lambda: r.seed(1, 2))
show(lambda: _random.Random(1, 2))
show(lambda: _random.Random(x=1))
show(lambda: r.seed([]))


class Sub(_random.Random):
    def __init__(self, x, extra):
        self.extra = extra
s2 = Sub(3, extra='e')
print s2.random(), s2.extra
print repr(r)[:22], _random.Random.__module__
