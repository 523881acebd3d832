# Generators, generator expressions and iteration protocols.
import time
def evens(limit):
    n = 0
    while n < limit:
        yield n
        n += 2
start = time.time()
total = 0
for v in evens(400000):
    total += v
total += sum(x * 2 for x in xrange(200000))
pairs = list(zip(range(50000), evens(100000)))
print "result", total, len(pairs)
print "elapsed %.4f" % (time.time() - start)
