# Subscripts, slices and assignment targets with a yield inside: the value is evaluated first, then each
# target's parts in turn.
def trace(name, v=None):
    print "eval", name
    return name if v is None else v

class Seq(object):
    def __init__(self): self.d = {}
    def __getitem__(self, k):
        print "get", k
        return self.d.get(k, 0)
    def __setitem__(self, k, v):
        print "set", k, v
        self.d[k] = v
    def __delitem__(self, k):
        print "del", k
        del self.d[k]

def g():
    s = Seq()
    s[(yield "index")] = trace("value", 1)
    print trace("obj", s)[(yield "load index")]
    a = [0, 1, 2, 3, 4, 5]
    print a[(yield "lo"):trace("hi", 4)], a[::(yield "step")], a[1:(yield "upper"):2]
    first, s[(yield "unpack")] = trace("pair", ("one", "two"))
    print first
    x = s[(yield "chain1")] = s[(yield "chain2")] = trace("v", 7)
    print x
    del s[(yield "del")]
    for s[(yield "for target")] in trace("loop", [10, 20]):
        print "body"
    print sorted(s.d.items())
    a[(yield "slice assign lo"):2] = ["x"]
    print a

gen = g()
print gen.next()
for v in ["k", "k", 1, 2, 5, "u", "c1", "c2", "c1", "t1", "t2", 0]:
    try:
        print gen.send(v)
    except StopIteration:
        print "stopped"
