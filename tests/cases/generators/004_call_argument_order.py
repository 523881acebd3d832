# Calls evaluate the callable, then the arguments left to right; a yield among them waits in its place.
def trace(name, value=None):
    print "eval", name
    return name if value is None else value

def f(*args, **kw):
    print "call", args, sorted(kw.items())
    return "result"

class Obj(object):
    def m(self, *a):
        print "method", a
        return "m"

def g():
    x = trace("f", f)(trace("a"), (yield "mid"), trace("b"))
    print "x =", x
    trace("obj", Obj()).m(trace("p"), (yield "in method"))
    f(trace("pos"), k=(yield "keyword"), j=trace("j"))
    f(trace("pos"), *(yield "star"))
    f(trace("pos"), **(yield "kwargs"))
    f(*[trace("s")], **{"z": (yield "in kwargs dict")})
    print len([trace("inner", 3), (yield "len")])
    yield "end"

gen = g()
print gen.next()
for s in ["S", "T", "K", ("x", "y"), {"q": 1}, "Z", "L"]:
    print "send", s, "->", gen.send(s)

def rebinding():
    # The callable and the operands before the yield are the ones seen before it.
    name = "before"
    def show(a, b):
        print "show", a, b
    result = show(name, (yield))
    def show(a, b):
        print "never"
rebinding_gen = rebinding()
rebinding_gen.next()
try:
    rebinding_gen.send("after")
except StopIteration:
    pass
