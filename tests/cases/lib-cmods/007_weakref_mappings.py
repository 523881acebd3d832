# weakref's WeakValueDictionary, WeakKeyDictionary and WeakSet (our own weakref.py and _weakrefset.py over
# _weakref): entries go once their object is collected; the mapping and set APIs.
import gc
import weakref


class Obj(object):
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'Obj(%s)' % self.name

a, b, c = Obj('a'), Obj('b'), Obj('c')
vd = weakref.WeakValueDictionary({1: a, 2: b})
vd[3] = c
print sorted(vd.keys()), vd[1], vd.get(2), vd.get(9, 'none'), 3 in vd, 9 in vd, len(vd), vd.has_key(1)
print sorted(vd.items()), sorted(vd.values(), key=repr), sorted(vd.iterkeys()), sorted(list(vd))
print sorted(r.key for r in vd.valuerefs()), type(vd.valuerefs()[0]).__name__
print vd.setdefault(1, Obj('x')), vd.pop(3), len(vd)
try:
    vd.pop(3)
except KeyError as e:
    print 'KeyError', e
print vd.pop(3, 'default'), sorted(vd.copy().items()), type(vd.copy()).__name__
d = weakref.WeakValueDictionary(self=a, other=b)
print sorted(d.keys())
del b
gc.collect()
print sorted(vd.keys()), len(vd), vd.get(2), sorted(d.keys())
try:
    vd[2]
except KeyError as e:
    print 'KeyError', e
k1, k2 = Obj('k1'), Obj('k2')
kd = weakref.WeakKeyDictionary()
kd[k1] = 1
kd[k2] = 2
print sorted(kd.values()), kd[k1], k1 in kd, 1 in kd, kd.get(k2), len(kd), sorted(kd.keys(), key=repr)
print kd.setdefault(k1, 9), kd.pop(k2), len(kd), type(kd.keyrefs()[0]).__name__
kd[k2] = 3
del k2
gc.collect()
print len(kd), kd.items()
try:
    kd[1]
except TypeError as e:
    print 'TypeError', e
s1, s2, s3 = Obj('s1'), Obj('s2'), Obj('s3')
ws = weakref.WeakSet([s1, s2])
ws.add(s3)
print len(ws), s1 in ws, 1 in ws, sorted(ws, key=repr), ws == weakref.WeakSet([s1, s2, s3]), ws == set([s1, s2, s3])
other = weakref.WeakSet([s2, s3])
print sorted(ws - other, key=repr), sorted(ws & other, key=repr), sorted(ws ^ weakref.WeakSet([s1]), key=repr), len(ws | other)
print other <= ws, ws >= other, other < ws, ws.issuperset([s1]), ws.isdisjoint([Obj('new')])
ws.discard(s1); print len(ws)
try:
    ws.remove(s1)
except KeyError:
    print 'KeyError on remove'
del s3
gc.collect()
print len(ws), list(ws), len(other)
e = weakref.WeakSet()
try:
    e.pop()
except KeyError as err:
    print 'KeyError', err
print repr(vd)[:21], repr(kd)[:19], weakref.ProxyTypes, weakref.ReferenceType is weakref.ref
print weakref.__all__
print type(weakref.KeyedRef(a, None, 'k')).__name__, weakref.KeyedRef(a, None, 'k').key
