# Generator expressions: a scope of their own, the first iterable evaluated at once; a yield in the element
# makes each item yield twice (the inner yield, then the element's own).
def trace(name, v):
    print "eval", name
    return v

ge = (x * 2 for x in trace("first iterable", range(3)) if x != 1)
print "created"
print list(ge)
print list((yield x) for x in range(3))
print list(y for x in range(3) for y in range(x))

def outer():
    g2 = (v + 1 for v in (yield "iterable please"))
    print "genexp made"
    yield list(g2)

o = outer()
print o.next()
print o.send([1, 2, 3])

gx = ((yield) for i in range(2))
print gx.next(), gx.send("a"), gx.next(), gx.send("b")
print type(gx).__name__, gx.__name__
print sum(i * i for i in xrange(10))
e = (1 / x for x in [1, 0])
print e.next()
try:
    e.next()
except ZeroDivisionError as exc:
    print "ZeroDivisionError", exc
print list(e)
