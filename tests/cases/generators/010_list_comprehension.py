# A yield inside a list comprehension in a generator: the loop runs in the generator's frame (Python 2),
# yielding once per element; the list holds what send() delivered. Its loop variable leaks, as usual.
def g():
    r = [(yield x) for x in range(3)]
    print "r =", r, "x =", x
    q = [y for y in range(4) if (yield "keep %d?" % y)]
    print "q =", q
    n = [(a, b) for a in (yield "outer") for b in (yield "inner for %s" % a)]
    print "n =", n
    yield "done"

gen = g()
out = [gen.next()]
for v in ["a", "b", "c", True, False, True, False, [1, 2], [10], [20, 30]]:
    out.append(gen.send(v))
print out
