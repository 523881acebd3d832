# Exceptions leaving a generator carry its frame in the traceback, at the line that raised.
import sys, traceback

def inner():
    yield 1
    1 / 0

def outer():
    for v in inner():
        yield v

def show():
    lines = traceback.format_exception(*sys.exc_info())
    sys.stdout.write("".join(lines))

try:
    list(outer())
except ZeroDivisionError:
    show()

def thrown():
    try:
        yield "waiting"
    finally:
        print "finally sees the exception pass"
t = thrown()
t.next()
try:
    t.throw(ValueError("thrown in"))
except ValueError:
    show()

def via_next():
    yield 1
    raise KeyError("from via_next")
v = via_next()
next(v)
try:
    v.next()
except KeyError:
    show()

def frame_lines():
    f = sys._getframe()
    yield f.f_lineno
    yield f.f_lineno
    yield f.f_code.co_name
fl = frame_lines()
print fl.gi_frame.f_lineno, list(fl)
