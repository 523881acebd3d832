# close() raises GeneratorExit at the yield: finally clauses run; catching it and yielding again is an error.
def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print "finally runs"

g = with_finally()
print g.next()
g.close()
print "after close", g.gi_frame
g.close()

def ignores():
    try:
        yield 1
    except GeneratorExit:
        print "caught GeneratorExit"
        yield "again"
x = ignores()
x.next()
try:
    x.close()
except RuntimeError as e:
    print "RuntimeError:", e
print x.gi_frame is None

def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        print "returning"
        return
r = returns_on_exit()
r.next()
r.close()
print "closed cleanly"

def raises_other():
    try:
        yield 1
    finally:
        raise ValueError("from finally")
v = raises_other()
v.next()
try:
    v.close()
except ValueError as e:
    print "ValueError:", e

def yield_in_finally():
    try:
        yield "body"
    finally:
        print "cleanup 1"
        got = yield "in finally"
        print "cleanup 2", got
print list(yield_in_finally())
y = yield_in_finally()
print y.next(), y.next()
try:
    y.send("s")
except StopIteration:
    print "stopped"

def return_in_finally():
    try:
        yield 1
        raise KeyError("lost")
    finally:
        yield 2
        return
print list(return_in_finally())

def nested_finally():
    try:
        try:
            yield "inner"
        finally:
            print "inner finally"
    finally:
        print "outer finally"
n = nested_finally()
n.next()
n.close()

def break_in_finally():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise ValueError("discarded by the break")
        finally:
            if i == 1:
                break
    yield "after loop"
print list(break_in_finally())
