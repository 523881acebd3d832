# A yield in an operand of and/or runs only when that operand is evaluated.
def show(gen, *sends):
    try:
        print "yielded", gen.next()
        for s in sends:
            print "yielded", gen.send(s)
    except StopIteration:
        print "stopped"

def g(cond):
    if cond and (yield "asked"):
        print "taken"
    else:
        print "not taken"

show(g(False))
show(g(True), 1)
show(g(True), 0)

def h(a):
    x = a or (yield "a was false") or (yield "still false")
    print "x =", x

show(h(5))
show(h(0), 7)
show(h(0), 0, "last")

class Truth(object):
    def __init__(self, v): self.v = v
    def __nonzero__(self):
        print "truth of", self.v
        return bool(self.v)
    def __repr__(self): return "Truth(%r)" % self.v

def k():
    r = Truth(1) and (yield "mid") and Truth(0) and (yield "never")
    print "r =", r

show(k(), Truth(2))
