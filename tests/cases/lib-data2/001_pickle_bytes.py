# pickle byte output per protocol (must equal CPython 2.7's pickle.py), and round trips.
import pickle, cPickle, copy_reg

class Old:
    def __init__(self, a=1):
        self.a = a

class OldArgs:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __getinitargs__(self):
        return (self.a, self.b)
    def __getstate__(self):
        return {'z': [3]}
    def __setstate__(self, st):
        self.st = st

class New(object):
    def __init__(self):
        self.x = [1, "two"]     # one attribute: the output must not depend on dict order

class Empty(object):
    pass

class WithState(object):
    def __getstate__(self):
        return ("st", 7)
    def __setstate__(self, st):
        self.got = st

class WithNewArgs(object):
    def __new__(cls, v):
        o = object.__new__(cls)
        o.v = v
        return o
    def __getnewargs__(self):
        return (self.v,)

class Red(object):
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Red, (self.a,))

class RedEx(object):
    def __reduce_ex__(self, proto):
        return (RedEx, (), {"proto": proto})

class Slots(object):
    __slots__ = ("a", "b")
    def __getstate__(self):
        return {"a": self.a}
    def __setstate__(self, st):
        self.a = st["a"]

class SlotsNoState(object):
    __slots__ = ("p", "__q")
    def __init__(self):
        self.p = 1
        self.__q = 2

class MyList(list):
    pass

class MyDict(dict):
    pass

class MyInt(int):
    pass

shared = [1, 2]
rec = [1]
rec.append(rec)
rtup = ([],)
rtup[0].append(rtup)
ml = MyList([1, 2]); ml.tag = "t"
md = MyDict(k=1)
values = [
    None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -256, 2 ** 31 - 1, -2 ** 31, 2 ** 31, 2 ** 40,
    0L, 1L, -1L, 255L, -128L, -129L, 2 ** 64, -(2 ** 70), 1.5, -0.25, 1e100, float("inf"),
    "", "abc", "quote'\"\n\t\x00\xff", "x" * 300, u"", u"uni\xe9\u1234\\\n", u"\U00010400",
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {"a": 1},
    [shared, shared, (shared,)], rec, rtup, range(1005), dict.fromkeys(range(3)),
    Old(), Old([1]), OldArgs(1, 2), New(), Empty(), WithState(), WithNewArgs(5), Red(3), RedEx(),
    ml, md, MyInt(4), set([1]), frozenset(["a"]), 3 + 4j, len, Old, New, pickle.Pickler, SlotsNoState(),
]
for i, v in enumerate(values):
    for proto in (0, 1, 2):
        try:
            s = pickle.dumps(v, proto)
        except Exception, e:
            print i, proto, "ERR", type(e).__name__, e
            continue
        print i, proto, repr(s)
        back = cPickle.loads(s)
        if type(back).__name__ in ("Old", "New", "Red", "MyList", "MyDict", "MyInt"):
            print "   ", type(back).__name__, sorted(getattr(back, "__dict__", {}).items())
        elif isinstance(back, (OldArgs, WithState, RedEx)):
            print "   ", sorted(back.__dict__.items())
        elif isinstance(back, SlotsNoState):
            print "   ", back.p, back._SlotsNoState__q
        elif not isinstance(back, (list, tuple)) or v is not rec and v is not rtup:
            if back != v and v == v:
                print "   MISMATCH", type(back).__name__
r = pickle.loads(pickle.dumps(rec, 2))
print r[1] is r
t = pickle.loads(pickle.dumps(rtup, 0))
print t[0][0] is t
s = Slots(); s.a = 5; s.b = 6
for p in (0, 1, 2):
    print repr(pickle.dumps(s, p)), pickle.loads(pickle.dumps(s, p)).a
for bad in (lambda: 0, open):
    for p in (0, 2):
        try:
            pickle.dumps(bad, p)
        except pickle.PicklingError, e:
            print "PicklingError", str(e).split(" at ")[0][:40]
try:
    pickle.dumps(Slots.__dict__['a'], 2)
except Exception, e:
    print type(e).__name__
copy_reg.add_extension("__main__", "Old", 240)
print repr(pickle.dumps(Old, 2)), pickle.loads(pickle.dumps(Old, 2)) is Old
copy_reg.remove_extension("__main__", "Old", 240)
p = pickle.Pickler(__import__("StringIO").StringIO(), 1)
print p.proto, pickle.Pickler(None.__class__ and __import__("StringIO").StringIO(), -1).proto
for bad in ("", "garbage", "\x80\x05."):
    try:
        pickle.loads(bad)
    except Exception, e:
        print "load error", type(e).__name__, e
# texts CPython wrote
print pickle.loads("(dp0\nS'a'\np1\n(lp2\nI1\naF2.5\naL3L\naV\\u1234x\np3\nas.")
print pickle.loads("\x80\x02]q\x00(K\x01\x8a\x01\xffU\x01aX\x02\x00\x00\x00\xc3\xa9e.")
