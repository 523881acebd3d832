# yield in try bodies, except handlers and else clauses; yield in an except clause's type and target.
def g():
    for exc in [None, KeyError, ValueError]:
        try:
            yield "body %s" % (exc.__name__ if exc else None)
            if exc:
                raise exc("raised")
        except KeyError as e:
            yield "handler KeyError %s" % e
            yield "handler again"
        except ValueError:
            yield "handler ValueError"
        else:
            yield "else clause"
        yield "after try"

print list(g())

def trace(name, v):
    print "eval", name
    return v

def typed():
    try:
        raise IndexError("i")
    except trace("first type", KeyError):
        print "not here"
    except (yield "which type?") as e:
        print "caught by sent type:", type(e).__name__
    try:
        raise KeyError("k")
    except KeyError as d[(yield "key for the exception")]:
        print "stored", sorted(d.items())
    try:
        raise ValueError("v")
    except (yield "a type that does not match"):
        print "never"
d = {}
t = typed()
print t.next()
print t.send(IndexError)
print t.send("k")
try:
    t.send(KeyError)
except ValueError as e:
    print "ValueError propagated:", e

def thrown_into_handler():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            yield "in handler"
        except KeyError:
            print "KeyError caught inside the handler"
    yield "done"
h = thrown_into_handler()
print h.next()
print h.throw(KeyError)
