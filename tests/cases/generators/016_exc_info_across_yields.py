# sys.exc_info() across yields as CPython 2.7 has it: a generator's exception state is not kept while it
# is suspended; after a resume it sees its caller's, and what it handles does not leak to the caller.
import sys

def name():
    t = sys.exc_info()[0]
    return t.__name__ if t else None

def g():
    try:
        raise ValueError("in g")
    except ValueError:
        print "g handling:", name()
        yield 1
        print "g resumed in handler:", name()
        yield 2
    print "g after handler:", name()
    yield 3

it = g()
print it.next()
print "caller:", name()
try:
    raise KeyError("caller's")
except KeyError:
    print it.next()
    print "caller still:", name()
print it.next()
print "caller at end:", name()

def reraiser():
    try:
        raise IndexError("own")
    except IndexError:
        yield "suspended in handler"
        raise
r = reraiser()
r.next()
try:
    raise TypeError("the caller's current")
except TypeError:
    try:
        r.next()
    except Exception as e:
        print "bare raise after resume re-raised", type(e).__name__

def sees_caller():
    yield name()
    yield name()
s = sees_caller()
try:
    raise OSError("first")
except OSError:
    print s.next()
try:
    raise EOFError("second")
except EOFError:
    print s.next()
