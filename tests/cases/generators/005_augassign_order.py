# x[i] += yield v: the container, the key and the current value are read before the yield, stored after.
class Traced(list):
    def __getitem__(self, i):
        print "getitem", i
        return list.__getitem__(self, i)
    def __setitem__(self, i, v):
        print "setitem", i, v
        list.__setitem__(self, i, v)
    def __getslice__(self, a, b):
        print "getslice", a, b
        return list.__getitem__(self, slice(a, b))
    def __setslice__(self, a, b, v):
        print "setslice", a, b, v
        list.__setitem__(self, slice(a, b), v)

class Box(object):
    def __getattribute__(self, name):
        print "getattr", name
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        print "setattr", name, value
        object.__setattr__(self, name, value)

def trace(name, v):
    print "eval", name
    return v

def g():
    x = Traced([10, 20, 30])
    x[trace("index", 1)] += yield trace("value", "v1")
    print x
    x[(yield "index")] *= 2
    print x
    x[trace("lo", 0):trace("hi", 2)] += yield "slice"
    print x
    b = Box()
    b.n = 1
    b.n += yield "attr"
    print b.n
    n = 5
    n -= yield "name"
    print n
    s = "a"
    s += (yield "str") + (yield "str2")
    print s
    total = 0
    for i in range(3):
        total += yield "loop %d" % i
    print total

gen = g()
print gen.next()
for v in [5, 2, [7], 41, 3, "b", "c", 1, 2, 3]:
    try:
        print gen.send(v)
    except StopIteration:
        print "stopped"
