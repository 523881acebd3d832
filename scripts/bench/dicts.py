# Dict and list work: counting, sorting, membership.
import time
start = time.time()
counts = {}
text = ("the quick brown fox jumps over the lazy dog " * 20).split()
for n in xrange(1500):
    for w in text:
        counts[w] = counts.get(w, 0) + 1
items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
squares = [x * x for x in xrange(100000)]
evens = [x for x in squares if x % 2 == 0]
lookup = dict((x, str(x)) for x in xrange(50000))
hits = 0
for x in xrange(0, 100000, 3):
    if x in lookup:
        hits += 1
print "result", items[0], len(evens), hits
print "elapsed %.4f" % (time.time() - start)
