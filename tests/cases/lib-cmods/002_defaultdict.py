# _collections.defaultdict: __missing__, default_factory, copies, pickling protocol, repr, subclasses.
from _collections import defaultdict


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)

d = defaultdict(list)
d['a'].append(1); d['a'].append(2); d['b']
print sorted(d.items()), d.default_factory is list, 'c' in d, d.get('c'), len(d)
print repr(defaultdict(int, {1: 2})), repr(defaultdict()), repr(defaultdict(None, {}))
show(lambda: defaultdict()['x'])
show(lambda: defaultdict(None, {(1,): 2})[(3,)])
show(lambda: defaultdict(1))
show(lambda: defaultdict(None, 1, 2))
show(lambda: sorted(defaultdict(list, {1: 2}, a=3).items()))
show(lambda: defaultdict(list).__missing__(5))
show(lambda: defaultdict().__missing__(5))
c = defaultdict(set, {1: set([2])}); e = c.copy(); e[1].add(3); e[2]
print type(e).__name__, e.default_factory is set, sorted(c), sorted(e), c[1] is e[1]
print c.__copy__() == c, c == {1: set([2, 3])}
red = defaultdict(list, {1: [2]}).__reduce__()
print red[0].__name__, red[1], red[2], red[3], list(red[4])
print defaultdict().__reduce__()[1]
x = defaultdict(); x.default_factory = 5; print x
show(lambda: x[3])
del x.default_factory; print x, x.default_factory
x.__init__(str); print repr(x['k']), x.default_factory
x.__init__(); print x.default_factory
r = defaultdict(); r.default_factory = r; print repr(r)
r = defaultdict(list); r[1] = r; print repr(r)


class Counting(defaultdict):
    def __missing__(self, key):
        return 'missing %r' % (key,)
k = Counting(int); print k['a'], k.items(), type(k.copy()).__name__, repr(k)


class Logged(defaultdict):
    def __setitem__(self, key, value):
        print 'set', key, value
        defaultdict.__setitem__(self, key, value)
g = Logged(lambda: 7); print g['q'], g.keys()
print [k for k in ('__missing__', '__copy__', 'copy', 'default_factory', '__reduce__', 'get') if k in defaultdict.__dict__]
