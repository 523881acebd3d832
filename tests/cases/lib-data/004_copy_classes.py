# copy with __getstate__/__setstate__, __slots__, builtin subclasses, __reduce__.
import copy
class S(object):
    def __init__(self):
        self.a = [1]
        self.hidden = "x"
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        self.__dict__.update(st)
        self.restored = True
s2 = copy.deepcopy(S())
print sorted(s2.__dict__.items())
class Sl(object):
    __slots__ = ("x", "y")
o = Sl(); o.x = [1]
c = copy.copy(o); d = copy.deepcopy(o)
print c.x is o.x, d.x == o.x, d.x is o.x, hasattr(d, "y")
class L(list):
    pass
l = L([1, [2]]); l.tag = "t"
lc = copy.deepcopy(l)
print type(lc).__name__, lc, lc.tag, lc[1] is l[1]
class D(dict):
    pass
dd = copy.copy(D(a=1))
print type(dd).__name__, dd
class N(str):
    pass
n = copy.copy(N("val")); print type(n).__name__, n
class R(object):
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (R, (self.v * 2,))
print copy.copy(R(2)).v, copy.deepcopy(R([3])).v
class Old:
    def __init__(self, a):
        self.a = a
    def __getinitargs__(self):
        print "getinitargs"
        return (self.a,)
print copy.copy(Old(5)).a
print copy.copy(len) is len, copy.deepcopy(S) is S
f = frozenset([1]); print copy.deepcopy(f) is f
t = ([1],); print copy.deepcopy(t) is t, copy.deepcopy(t) == t
class M(object):
    def m(self):
        return self
m = M(); print copy.deepcopy(m.m)() is m
