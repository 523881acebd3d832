#!/usr/bin/env python
# Issue 7 items 6 and 7: native allocation past the memory budget, then a native loop past the time limit.
import itertools
try:
    x = 'a'.center(10**10)
    print "Content-Type: text/plain\n\nallocated"
except MemoryError:
    any(itertools.repeat(0))
