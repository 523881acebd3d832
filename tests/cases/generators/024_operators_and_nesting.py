# Binary and unary operators, attribute chains, nested yields and rebinding around a yield.
class Traced(object):
    def __init__(self, name, v):
        self.name, self.v = name, v
    def __add__(self, other):
        print "add", self.name
        return self.v + other
    def __neg__(self):
        print "neg", self.name
        return -self.v

def trace(name, v=None):
    print "eval", name
    return name if v is None else v

def g():
    print trace("left", Traced("t", 1)) + (yield "right")
    print -(yield "operand")
    print not (yield "not")
    print (yield "obj").real, trace("x", 2) * (yield "y") ** trace("z", 2)
    print (yield (yield "inner"))
    a = 10
    b = a + (yield "rebind")
    print b
    x, y = yield "pair"
    print x, y
    z = w = yield "two targets"
    print z, w
    f = lambda: (yield "in lambda")
    print type(f()).__name__
    s = "%s-%s" % ((yield "fmt1"), (yield "fmt2"))
    print s
    print [trace("i%d" % i) for i in range(2)] + [(yield "concat")]

gen = g()
print gen.next()
for v in [5, 3, 0, 7j, 3, "outer", "sent", 1, (1, 2), "zw", "a", "b", "c", None]:
    try:
        print gen.send(v)
    except StopIteration:
        print "stopped"
