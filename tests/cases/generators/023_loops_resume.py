# Loops resume where they suspended: for over xrange and over iterators, while, else clauses,
# break and continue after a yield, nested loops.
def g():
    for i in xrange(3):
        yield "xrange %d" % i
    for i in xrange(10, 0, -3):
        if i == 4:
            continue
        yield "step %d" % i
    for c in "ab":
        yield c
    else:
        yield "for else"
    for i in range(5):
        yield "before break %d" % i
        if i == 1:
            break
    else:
        yield "not reached"
    n = 0
    while n < 3:
        n += 1
        yield "while %d" % n
    else:
        yield "while else"
    for i in range(2):
        for j in xrange(2):
            yield (i, j)
            if j == 0:
                continue
            yield "inner end"
    for i in xrange(2):
        yield "i", i
        i = 100
    yield "last i", i
print list(g())

def counts_from_outside():
    for i in xrange(3):
        yield i
c = counts_from_outside()
print c.next(), c.next(), list(c)
