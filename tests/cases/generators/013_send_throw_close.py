# PEP 342: send(), throw() in its three forms, close().
import sys

def catcher():
    while True:
        try:
            v = yield "ready"
            print "got", v
        except Exception as e:
            print "caught", type(e).__name__, e.args

g = catcher()
print g.next()
print g.send(1)
print g.throw(ValueError)
print g.throw(ValueError, "with value")
print g.throw(ValueError, ("a", "b"))
print g.throw(KeyError("instance"))
try:
    raise IndexError("for its traceback")
except IndexError:
    tb = sys.exc_info()[2]
print g.throw(IndexError, IndexError("x"), tb)
for bad in [(ValueError("i"), "v"), (ValueError, "v", 23), ("str",), (42,), (str,)]:
    try:
        g.throw(*bad)
    except TypeError as e:
        print "TypeError:", e
g.close()
print "closed", g.gi_frame
try:
    g.send(1)
except StopIteration:
    print "StopIteration after close"
try:
    g.throw(KeyError, "into finished")
except KeyError as e:
    print "KeyError", e

fresh = catcher()
try:
    fresh.send("x")
except TypeError as e:
    print "TypeError:", e
try:
    fresh.throw(RuntimeError("before start"))
except RuntimeError as e:
    print "RuntimeError", e, fresh.gi_frame
never = catcher()
never.close()
print "closed unstarted", never.gi_frame

def uncaught():
    yield 1
    yield 2
u = uncaught()
u.next()
try:
    u.throw(ZeroDivisionError("into yield 1"))
except ZeroDivisionError as e:
    print "propagated", e
print list(u)

class Old:
    pass
def old_style():
    try:
        yield 1
    except Old:
        print "caught old-style instance"
        yield 2
o = old_style()
o.next()
print o.throw(Old)
o.close()
