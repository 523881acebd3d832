#!/usr/bin/env python
# Issue 7 item 2: inputs that overflowed the .NET stack and killed the server.
import sys
sys.setrecursionlimit(10**6)
outcomes = []
for attempt in (lambda: eval('(' * 300000), lambda: eval('[' * 10**6 + ']' * 10**6)):
    try:
        attempt()
    except MemoryError:
        outcomes.append('MemoryError')
a = []; a.append(a); b = []; b.append(b)
try:
    a == b
except RuntimeError as e:
    outcomes.append(str(e))
print "Content-Type: text/plain"
print
print '|'.join(outcomes)
