# Displays evaluate their items left to right; a dict stores each value, then its key, item by item.
def trace(name, v=None):
    print "eval", name
    return name if v is None else v

class Key(object):
    def __init__(self, n): self.n = n
    def __hash__(self):
        print "hash", self.n
        return hash(self.n)
    def __eq__(self, other): return isinstance(other, Key) and other.n == self.n
    def __repr__(self): return "Key(%d)" % self.n

def g():
    l = [trace("a"), (yield "list"), trace("b")]
    t = (trace("a"), (yield "tuple"), trace("b"))
    s = {trace("a"), (yield "set")}
    d = {trace("k1", Key(1)): trace("v1"), trace("k2", Key(2)): (yield "dict value")}
    d2 = {(yield "dict key"): trace("v")}
    print l, t, sorted(s), sorted(d.items(), key=lambda kv: kv[0].n), d2
    print [x for x in [(yield "in list comp iterable")]]
    print `(yield "repr")`

gen = g()
print gen.next()
for v in ["L", "T", "S", "DV", "DK", 99, 42]:
    try:
        print gen.send(v)
    except StopIteration:
        print "stopped"
