# Deep recursion through generators is RuntimeError, never a crash; each resume counts as a call.
import sys
sys.setrecursionlimit(20000)

def deep(n):
    # Recurses before yielding anything: each level's first next() resumes the level below.
    for v in deep(n + 1):
        yield v
    yield n

try:
    list(deep(0))
except RuntimeError as e:
    print "RuntimeError:", e

def depth(n):
    if n == 0:
        yield 0
        return
    for v in depth(n - 1):
        yield v + 1
print list(depth(500))

sys.setrecursionlimit(100)
def self_next(n):
    yield sum(1 for _ in self_next(n + 1))
try:
    list(self_next(0))
except RuntimeError as e:
    print "RuntimeError:", e
sys.setrecursionlimit(1000)
print list(depth(50))[0]

def catches_deep(n):
    # The RuntimeError passes through every level's try/finally on its way out.
    try:
        for v in catches_deep(n + 1):
            yield v
    finally:
        pass
    yield n
sys.setrecursionlimit(5000)
try:
    list(catches_deep(0))
except RuntimeError as e:
    print "RuntimeError:", e
