# Function calls: recursion and calls with default/keyword arguments.
import time
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
def scaled(x, factor=2, offset=0):
    return x * factor + offset
start = time.time()
total = fib(27)
for i in xrange(200000):
    total += scaled(i, offset=1)
print "result", total
print "elapsed %.4f" % (time.time() - start)
