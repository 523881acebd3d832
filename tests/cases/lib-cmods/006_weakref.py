# _weakref with real weak references: refs and proxies die with their object (gc.collect() here, where
# CPython's reference counting frees it earlier), callbacks run with the dead reference in CPython's order,
# basic refs are shared, which objects accept weak references, and the messages.
import _weakref as w
import gc


def show(f):
    try:
        print repr(f())
    except Exception as e:
        print '%s: %s' % (type(e).__name__, e)


class C(object):
    def m(self):
        return 'm'
    def __call__(self, *a):
        return 'called', a
    def __len__(self):
        return 3
    def __add__(self, other):
        return 'added', other
    def __getitem__(self, k):
        return k * 2


class O:
    pass


def cb(name):
    def callback(ref):
        print 'callback', name, type(ref).__name__
    return callback

c = C()
r1 = w.ref(c)
r2 = w.ref(c)
r3 = w.ref(c, cb('r3'))
r4 = w.ref(c, cb('r4'))
p1 = w.proxy(c)
p2 = w.proxy(c, cb('p2'))
print r1 is r2, r3 is r1, w.ref(c, None) is r1, p1 is w.proxy(c), p2 is p1, r1() is c
print w.getweakrefcount(c), [x is y for x, y in zip(w.getweakrefs(c), [r1, p1, p2, r4, r3])]
print type(r1).__name__, type(p1).__name__, type(w.proxy(O())).__name__
print p1(1), len(p1), p1 + 1, p1[4], p1.m(), hash(r1) == hash(c), r1 == r3, r1 == w.ref(C())
p1.attr = 'set through proxy'; print c.attr, p1.attr
show(lambda: hash(p1))
show(lambda: w.ref())
show(lambda: w.ref(c, cb, 3))
show(lambda: w.ref(c).__init__(c, callback=None))
show(lambda: w.proxy())
show(lambda: r1(1))
for o in [1, 'a', (1,), [1], {}, None, 1.5, 2 ** 70, u'x', object(), xrange(3), iter([]), w.ref(c), p1]:
    show(lambda: w.ref(o) and 'ok')
for o in [set(), frozenset(), C, O, O(), C(), C().m, lambda: 0, (x for x in [])]:
    show(lambda: w.ref(o) and 'ok')


class L(list):
    pass


class T(tuple):
    pass


class Slots(object):
    __slots__ = ('a',)


class SlotsWeak(object):
    __slots__ = ('a', '__weakref__')


class SlotsSub(Slots):
    pass
for k in [L, T, Slots, SlotsWeak, SlotsSub]:
    show(lambda: w.ref(k()) and k.__name__)
hash(r3)
del c
gc.collect()
print 'after collect'
print r1(), r3(), w.getweakrefcount(r1), hash(r3) is not None
print r1 == r1, r1 == r3, repr(r1).endswith('; dead>')
show(lambda: p1.attr)
show(lambda: str(p1))
show(lambda: len(p1))
show(lambda: bool(p1))


class MyRef(w.ref):
    __slots__ = ('tag',)
    def __new__(cls, ob, callback=None, tag=None):
        return w.ref.__new__(cls, ob, callback)
    def __init__(self, ob, callback=None, tag=None):
        super(MyRef, self).__init__(ob, callback)
        self.tag = tag
    def __call__(self):
        return 'wrapped', w.ref.__call__(self)
o = C()
mr = MyRef(o, None, tag='t')
print mr.tag, mr()[1] is o, mr is w.ref(o), hasattr(mr, '__dict__'), w.getweakrefs(o)[-1] is mr
d = {'live': w.ref(o), 'dead': w.ref(C()), 'other': 3}
gc.collect()
w._remove_dead_weakref(d, 'live'); w._remove_dead_weakref(d, 'dead'); w._remove_dead_weakref(d, 'gone')
print sorted(d)
show(lambda: w._remove_dead_weakref(d, 'other'))
show(lambda: w._remove_dead_weakref([], 'x'))


def raising(ref):
    raise ValueError('from callback')
import re
import sys
import StringIO
captured = StringIO.StringIO()
sys.stderr = captured
x = C()
rx = w.ref(x, raising)
del x
gc.collect()
sys.stderr = sys.__stderr__
print re.sub('0x[0-9a-f]+', 'ADDRESS', captured.getvalue())
