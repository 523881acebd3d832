#!/usr/bin/python
# End-to-end test script: unbounded recursion must be Python's RuntimeError, never a .NET stack overflow.
def down(n):
    return down(n + 1)

down(0)
