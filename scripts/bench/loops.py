# Loops and integer arithmetic.
import time
start = time.time()
total = 0
i = 0
while i < 300000:
    total += i % 7 * 3 - (i >> 2)
    i += 1
for a in range(300):
    for b in range(300):
        if (a ^ b) & 1:
            total += a - b
print "result", total
print "elapsed %.4f" % (time.time() - start)
